"""A national line counts as verified only where the imported tariff has it, whoever chose it."""

from adapters.classification.nomenclature.in_memory import InMemoryNomenclature
from application.ports.jobs import JobLine
from application.processing.classified_lines import to_classified_lines
from domain.classification.candidate import Candidate, Classification, Source
from tests.application.fakes import line

NOMENCLATURE = InMemoryNomenclature(
    {"090210": "Green tea", "731700": "Nails, tacks"},
    {("090210", "TM"): [("090210100", "Green tea, flavoured"), ("090210900", "Other green tea")]},
)


def remembered(row: int, hs6: str, national: str) -> JobLine:
    chosen = Candidate(hs6, 1.0, "recalled", national)
    return JobLine(line(row, f"goods {row}"), Classification([chosen], Source.MEMORY, 1.0, needs_review=False))


def test_a_line_the_tariff_lacks_is_declared_undivided_and_not_verified() -> None:
    lines = [remembered(1, "090210", "090210900"), remembered(2, "731700", "731700000"),
             remembered(3, "731700", "731700190")]  # fmt: skip
    classified, problems = to_classified_lines(lines, NOMENCLATURE, "TM", 9)
    assert problems == []
    assert [(c.commodity_code.national, c.commodity_code.verified) for c in classified] == [
        ("090210900", True),
        ("731700000", False),
        ("731700000", False),
    ]
