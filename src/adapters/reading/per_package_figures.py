"""A line's quantity and masses from a packing list's figures per package ('QTY/CTN', 'N.W./CTN'), read when no
column gives the line's own (see per_package_headers): one package's figure times the line's packages ('CTNS'). Said
once for the file, on each such column (a note per line made a long packing list's warnings unreadable), and on a
line that states no whole number of packages, which then has no such figure."""

from decimal import Decimal

from adapters.reading.reading_plan import ReadingPlan
from domain.goods.problems import RowProblem, Severity

_NAMES = {"quantity": "quantity", "net_mass": "net mass", "gross_mass": "gross mass"}


def _whole(packages: Decimal | None) -> bool:
    return packages is not None and packages > 0 and packages == packages.to_integral_value()


def times_packages(numbers: dict[str, Decimal], plan: ReadingPlan) -> dict[str, str]:
    """Multiplies, in `numbers`, the figures given per package by the packages, or drops them when the row states
    no whole number of packages; field -> the note saying so, for the row."""
    packages, column = numbers.get("packages"), f"column '{plan.header('packages')}'"
    notes = {}
    for field in (field for field in _NAMES if field in plan.per_package and field in numbers):
        name, one = _NAMES[field], numbers.pop(field)
        if packages is None or not _whole(packages):
            notes[field] = f"the column gives one package's {name}, and {column} no whole number of packages to "
            notes[field] += f"multiply it by: the line has no {name}"
            continue
        numbers[field] = one * packages
    return notes


def per_package_notes(plan: ReadingPlan) -> list[RowProblem]:
    """One file-level note on each column read as one package's figure."""
    column = f"column '{plan.header('packages')}'"
    return [
        RowProblem(
            None,
            plan.header(field),
            f"the column gives one package's {_NAMES[field]}: each line's is it times the line's packages ({column})",
            Severity.WARNING,
        )
        for field in _NAMES
        if field in plan.per_package
    ]
