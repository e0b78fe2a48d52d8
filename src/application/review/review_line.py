"""A broker corrects a line's commodity code: one of its candidates, or a code typed in.

The choice applies to every row of the job with the same description, and goes into the
account's memory at once, so the next file with this product is answered from memory (free);
the job's other lines memory now answers with it follow too (similar_lines.py).
"""

from collections.abc import Callable

from application.ports.activity import Activity, ActivityLog
from application.ports.classifier import Nomenclature
from application.ports.clock import Clock
from application.ports.jobs import JobLine, UnitOfWork
from application.ports.memory import ClassificationMemory, Confirmation
from application.ports.registry import CountryRegistry
from application.processing.declared_conflicts import declared_conflicts, is_declared_conflict
from application.processing.line_keys import description_key
from application.review.errors import LineChangedMeanwhile, LineNotFound, NotReviewable
from application.review.job_results import JobResults
from application.review.similar_lines import following_the_correction, overruled
from application.review.typed_codes import checked_code
from domain.accounts.account import Account
from domain.classification.candidate import Candidate, Classification, Source
from domain.classification.commodity_code import digits_of
from domain.processing.job import JobStatus, ProcessingJob


class ReviewLine:
    def __init__(
        self,
        results: JobResults,
        uow: Callable[[], UnitOfWork],
        memory: ClassificationMemory,
        nomenclature: Nomenclature,
        countries: CountryRegistry,
        activity: ActivityLog,
        clock: Clock,
    ) -> None:
        self._results, self._uow, self._memory = results, uow, memory
        self._nomenclature, self._countries = nomenclature, countries
        self._activity, self._clock = activity, clock

    async def __call__(
        self, account: Account, job_id: str, row: int, code: str, seen: str | None = None
    ) -> list[JobLine]:
        """The changed lines; `code` is an HS-6 subheading or a full national tariff line; `seen`, the line's code
        as the broker saw it: when the line has another now, LineChangedMeanwhile, and nothing is changed."""
        job = await self._results.job(account.id, job_id)
        if job.status is not JobStatus.COMPLETED:
            raise NotReviewable(f"job {job_id} is {job.status}: lines are reviewed once it is completed")
        chosen, notes = self._candidate(code, job.country, account.email)
        async with self._uow() as uow:
            locked = await uow.jobs.get(job_id, for_update=True) or job
            if locked.status is not JobStatus.COMPLETED:  # its declaration is being built from the lines
                raise NotReviewable(f"job {job_id} is {locked.status}: lines are reviewed once it is completed")
            found = await uow.jobs.lines_at(job_id, [row])
            if not found:
                raise LineNotFound(f"job {job_id} has no row {row}")
            _refuse_changed_meanwhile(found[0], seen)
            key = description_key(found[0].line.description)
            every = await uow.jobs.lines(job_id)
            same = [ln for ln in every if description_key(ln.line.description) == key]
            if any(_declared_code(line.classification) != _declared_code_of(chosen) for line in same):
                locked.declaration_outdated = True
            for line in same:
                line.classification = _reviewed(chosen, line.classification, notes)
            _with_conflicts_left(locked, every)
            await uow.jobs.save(locked)
            await uow.jobs.put_lines(job_id, same)
            await uow.commit()
        original = found[0].line.description
        await self._memory.remember(Confirmation(account.id, original, chosen.hs6, chosen.national_code,
                                                 account.email))  # fmt: skip
        code = chosen.national_code or chosen.hs6
        await self._activity.record(Activity(account.id, "review", self._clock.now(), job_id,
                                             {"row": str(row), "code": code}))  # fmt: skip
        others = [line for line in every if description_key(line.line.description) != key]
        return same + await self._followers(account.id, job_id, found[0], chosen, others)

    async def _followers(
        self, account_id: str, job_id: str, corrected: JobLine, chosen: Candidate, others: list[JobLine]
    ) -> list[JobLine]:
        """The job's other lines changed to follow the correction; none when the job left COMPLETED meanwhile."""
        declared = {line.row: _declared_code(line.classification) for line in others}
        followers = await following_the_correction(self._memory, account_id, corrected, chosen, others)
        if not followers:
            return []
        async with self._uow() as uow:
            locked = await uow.jobs.get(job_id, for_update=True)
            if locked is None or locked.status is not JobStatus.COMPLETED:
                return []
            if any(_declared_code(line.classification) != declared[line.row] for line in followers):
                locked.declaration_outdated = True
            await uow.jobs.save(locked)
            await uow.jobs.put_lines(job_id, followers)
            await uow.commit()
        return followers

    def _candidate(self, code: str, country: str, reviewer: str) -> tuple[Candidate, list[str]]:
        """`code` as the broker typed it, and a note when a prefix leaves the national line open."""
        typed = checked_code(code, country, self._nomenclature, self._countries)
        reason = f"chosen in review by {reviewer}"
        return Candidate(typed.hs6, 1.0, reason, typed.national_code, typed.tariff_text), typed.notes


def _with_conflicts_left(job: ProcessingJob, lines: list[JobLine]) -> None:
    """The job's conflicts as its lines now have them: a decided line's is gone at once (the page no longer asks for
    codes to be chosen), and with none left the declaration is there to be built again."""
    if not any(is_declared_conflict(problem) for problem in job.problems):
        return
    left = declared_conflicts(lines)
    job.problems = [*left, *(problem for problem in job.problems if not is_declared_conflict(problem))]
    job.declaration_outdated = job.declaration_outdated or not left


def _refuse_changed_meanwhile(line: JobLine, seen: str | None) -> None:
    chosen = line.classification.chosen if line.classification else None
    now = (chosen.national_code or chosen.hs6) if chosen else ""
    if seen is not None and digits_of(seen) != now:
        raise LineChangedMeanwhile(
            f"row {line.row} was changed meanwhile to {now or 'no code'} (in another tab or by a colleague): "
            "reload to see it before changing it"
        )


def _declared_code(classification: Classification | None) -> tuple[str, str | None] | None:
    chosen = classification.chosen if classification else None
    return _declared_code_of(chosen) if chosen else None


def _declared_code_of(candidate: Candidate) -> tuple[str, str | None]:
    """What the declaration takes of a line's code: a confirmation of the same code leaves it as it was built."""
    return candidate.hs6, candidate.national_code


def _reviewed(chosen: Candidate, before: Classification | None, notes: list[str]) -> Classification:
    """The chosen code first; the earlier candidates stay as alternatives, and what stood first before the
    first correction is kept as the suggestion the broker overruled (or confirmed)."""
    others = [c for c in (before.candidates if before else []) if c.hs6 != chosen.hs6]
    return Classification([chosen, *others], Source.REVIEW, 1.0, needs_review=False, notes=list(notes),
                          suggested=overruled(before))  # fmt: skip
