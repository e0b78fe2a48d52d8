"""A line's quantity and masses from a packing list's figures per package ('QTY/CTN', 'N.W./CTN'), read when no
column gives the line's own (see per_package_headers): one package's figure times the line's packages ('CTNS'),
said on the line for each figure, on its column, since the broker sees the file's figures and not these."""

from decimal import Decimal

from adapters.reading.reading_plan import ReadingPlan

_NAMES = {"quantity": ("quantity", ""), "net_mass": ("net mass", " kg"), "gross_mass": ("gross mass", " kg")}


def _written(number: Decimal) -> str:
    return f"{number.normalize():f}"


def _whole(packages: Decimal | None) -> bool:
    return packages is not None and packages > 0 and packages == packages.to_integral_value()


def times_packages(numbers: dict[str, Decimal], plan: ReadingPlan) -> dict[str, str]:
    """Multiplies, in `numbers`, the figures given per package by the packages, or drops them when the row states
    no whole number of packages; field -> the note saying which, for the row."""
    packages, column = numbers.get("packages"), f"column '{plan.header('packages')}'"
    notes = {}
    for field in (field for field in _NAMES if field in plan.per_package and field in numbers):
        (name, unit), one = _NAMES[field], numbers.pop(field)
        if packages is None or not _whole(packages):
            notes[field] = f"the column gives one package's {name}, and {column} no whole number of packages to "
            notes[field] += f"multiply it by: the line has no {name}"
            continue
        numbers[field] = one * packages
        product = f"{_written(one)}{unit} x {_written(packages)} packages ({column}) = {_written(numbers[field])}{unit}"
        notes[field] = f"the column gives one package's {name}: the line's is {product}"
    return notes
