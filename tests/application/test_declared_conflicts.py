"""A supplier's code the engine is sure is wrong: the job completes, nothing is declared, the conflict comes first
with both codes and their tariff texts, the report shows both codes; once a code is chosen, the declaration is built.
"""

import csv
import io
from collections.abc import Sequence
from dataclasses import replace

from adapters.activity.in_memory import InMemoryActivityLog
from adapters.jobs.in_memory import InMemoryUnitOfWork
from adapters.jobs.in_memory_listing import InMemoryJobListing
from application.ports.classifier import ClassificationRequest
from application.ports.jobs import JobLine
from application.processing.declared_conflicts import conflict_rows, is_declared_conflict
from application.processing.generate_declaration import GenerationOutcome
from application.review.job_results import JobResults
from application.review.review_line import ReviewLine
from domain.accounts.account import Account
from domain.classification.candidate import Candidate, Classification, DeclaredConflict, Source
from domain.goods.problems import ProblemKind, RowProblem, Severity
from domain.goods.product_list import ProductList
from domain.processing.job import JobStatus
from entrypoints.http.schemas.jobs import JobOut
from entrypoints.http.schemas.lines import LineOut
from tests.application.fakes import FakeCountries, FakeNomenclature, KeywordClassifier, line
from tests.application.test_process_job import World

FATTY_ACIDS, TITANIUM_DIOXIDE = "Industrial fatty acids: other", "Pigments: titanium dioxide"


class SupplierAgainstEngine(KeywordClassifier):
    """Titanium dioxide declared as fatty acids, the engine 97 % sure of its own code: what the offline engine
    answers for the broker's trial line."""

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]:
        return [self._declared() if r.description.startswith("Titanium") else self._one(r.description)
                for r in requests]  # fmt: skip

    def _declared(self) -> Classification:
        conflict = DeclaredConflict("382319", FATTY_ACIDS, "320611", TITANIUM_DIOXIDE, 0.97, "another chapter")
        candidates = [Candidate("382319", 0.0, "declared by the supplier", tariff_text=FATTY_ACIDS),
                      Candidate("320611", 1.0, "lexicon", tariff_text=TITANIUM_DIOXIDE)]  # fmt: skip
        notes = ["declared code 382319 differs from the engine's first choice 320611"]
        return Classification(candidates, Source.DECLARED, 0.0, True, notes, conflict=conflict)


class PigmentNomenclature(FakeNomenclature):
    def tariff_text(self, code: str) -> str | None:
        return {"382319": FATTY_ACIDS, "320611": TITANIUM_DIOXIDE}.get(code[:6]) or super().tariff_text(code)


def world() -> World:
    listed = ProductList([line(1, "Tea green 100 g"), line(2, "Titanium dioxide rutile R-902")])
    made = World(listed)
    made.classifier = made.process.classify._classifier = SupplierAgainstEngine()
    return made


async def test_a_confident_conflict_withholds_the_declaration_and_is_named_first_with_both_codes() -> None:
    made = world()
    job_id = await made.run()

    job = made.store.jobs[job_id]
    assert job.status is JobStatus.COMPLETED and job.declaration_keys == [] and made.renderer.rendered == []
    head, row = job.problems[0], job.problems[1]
    assert (head.row, head.severity) == (None, Severity.ERROR)
    assert head.reason == (
        "1 line whose supplier's code is in conflict with the engine's (row 2): no declaration is written until a "
        "code is chosen for each in review"
    )
    assert (row.row, row.column, row.severity) == (2, "declared_code", Severity.ERROR)
    assert row.reason == (
        "the supplier's code 3823.19 'Industrial fatty acids: other' conflicts with the engine's 3206.11 "
        "'Pigments: titanium dioxide' (97 % sure, another chapter): choose one in review; no declaration is "
        "written until then"
    )
    assert made.events.events[-1].message.startswith("declaration withheld")
    assert JobOut.of(job).conflict_rows == [2]
    assert [problem.kind for problem in JobOut.of(job, language="ru").problems[:2]] == ["declared_conflict"] * 2
    lines = _lines(made, job_id)
    assert LineOut.of(lines[1]).conflict is not None and LineOut.of(lines[0]).conflict is None

    report = list(csv.DictReader(io.StringIO(made.storage.get(f"jobs/{job_id}/report.csv").decode("utf-8-sig"))))
    assert [(r["hs6"], r["engine_code"], r["conflict"]) for r in report] == [
        ("090220", "090220", ""), ("382319", "320611", "yes")
    ]  # fmt: skip


async def test_once_a_code_is_chosen_in_review_the_declaration_is_built_and_the_conflict_goes() -> None:
    made = world()
    job_id = await made.run()
    lines = _lines(made, job_id)
    chosen = Candidate("320611", 1.0, "chosen in review by broker@example.com", tariff_text=TITANIUM_DIOXIDE)
    lines[1].classification = Classification([chosen], Source.REVIEW, 1.0, needs_review=False)
    made.store.lines[job_id][2] = lines[1]

    outcome: GenerationOutcome = await made.process.generate(job_id)

    job = made.store.jobs[job_id]
    assert outcome.problems == [] and job.declaration_keys == [f"jobs/{job_id}/declaration-1.xml"]
    assert not any("conflict" in p.reason for p in job.problems) and JobOut.of(job).conflict_rows == []


def test_a_conflict_is_told_by_its_kind_not_by_its_wording() -> None:
    """The API's conflict_rows and the withheld declaration go by the typed kind: a message that merely reads like
    a conflict, or one translated, is not taken for one."""
    worded = RowProblem(3, "declared_code", "the supplier's code 3823.19 conflicts with the engine's 3206.11")
    typed = replace(worded, reason="код поставщика противоречит коду движка", kind=ProblemKind.DECLARED_CONFLICT)
    assert conflict_rows([worded, typed]) == [3] and not is_declared_conflict(worded)


def _lines(made: World, job_id: str) -> list[JobLine]:
    return sorted(made.store.lines[job_id].values(), key=lambda job_line: job_line.row)


async def test_a_conflict_beside_a_line_without_a_code_fails_the_first_build_as_that_line_alone_would() -> None:
    listed = ProductList([line(1, "Qwzx gadget"), line(2, "Titanium dioxide rutile R-902")])
    made = World(listed)
    classifier = SupplierAgainstEngine()
    classifier.nothing_for.add("Qwzx gadget")
    made.classifier = made.process.classify._classifier = classifier

    job = made.store.jobs[await made.run()]

    assert job.status is JobStatus.FAILED and job.declaration_keys == []


async def test_a_conflict_decided_in_review_is_gone_from_the_job_at_once_and_its_declaration_is_to_build() -> None:
    """A trial's page still asked for codes to be chosen after both were, until Generate was pressed."""
    made = world()
    job_id = await made.run()
    uow = lambda: InMemoryUnitOfWork(made.store)  # noqa: E731
    activity = InMemoryActivityLog()
    results = JobResults(uow, InMemoryJobListing(made.store), made.storage, activity, made.clock)
    review = ReviewLine(results, uow, made.memory, PigmentNomenclature(), FakeCountries(made.renderer), activity,
                        made.clock)  # fmt: skip

    await review(Account("acc-1", "broker@example.com", "hash", made.clock.now()), job_id, 2, "3823.19")

    job = made.store.jobs[job_id]
    assert JobOut.of(job).conflict_rows == [] and not any(is_declared_conflict(p) for p in job.problems)
    assert job.declaration_outdated  # the page says to build it; nothing asks for a code any more
