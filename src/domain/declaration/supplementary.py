"""Box 41: the supplementary quantity of a goods item, in the unit its national tariff line prescribes.

A tariff line that counts pieces takes 10 dozen as 120 pieces and 2 t as nothing it can use; one that prescribes
kilograms takes the lines' net mass where their quantity is no mass. Where no tariff line is known, the lines'
own units are declared as the list gives them.
"""

from collections.abc import Sequence

from domain.declaration.classified_line import NO_SUPPLEMENTARY_UNIT, ClassifiedLine
from domain.goods.declarable import QUANTITY
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.measures import ZERO, Quantity

KILOGRAMS = "KGM"
UNIT_NAMES = {
    "H87": "pieces", "C62": "pieces", "NAR": "articles", "PR": "pairs", "SET": "sets", "DZN": "dozens",
    "T3": "thousands of pieces", "KGM": "kilograms", "GRM": "grams", "TNE": "tonnes", "LTR": "litres",
    "MLT": "millilitres", "MTQ": "cubic metres", "MTK": "square metres", "MTR": "metres", "KMT": "kilometres",
    "CTM": "carats", "LPA": "litres of pure alcohol", "KWH": "kilowatt hours", "ST": "sheets", "GRO": "gross",
}  # fmt: skip


def supplementary_quantity(lines: Sequence[ProductLine], unit: str | None) -> Quantity | None:
    """The lines' quantities summed in `unit` (the tariff line's; None: not known, the lines' own); None where the
    tariff line prescribes no unit or a line's quantity cannot be told in it."""
    if unit is None:
        return _in_their_own_units(lines)
    if unit == NO_SUPPLEMENTARY_UNIT:
        return None
    quantities = [in_prescribed_unit(line, unit) for line in lines]
    if not quantities or any(quantity is None for quantity in quantities):
        return None
    return Quantity(sum((quantity.amount for quantity in quantities if quantity), ZERO), unit)


def in_prescribed_unit(line: ProductLine, unit: str) -> Quantity | None:
    """The line's quantity in `unit`; in kilograms, its net mass where its quantity is no mass."""
    converted = line.quantity.in_unit(unit) if line.quantity else None
    if converted is None and line.net_mass is not None:
        converted = Quantity(line.net_mass.kilograms, KILOGRAMS).in_unit(unit)
    return converted


def supplementary_gaps(entries: Sequence[ClassifiedLine]) -> list[RowProblem]:
    """A warning on each line whose quantity cannot be declared in the unit its tariff line prescribes: the
    item's box 41 stays empty until the broker states it."""
    problems = []
    for entry in entries:
        unit = entry.supplementary_unit
        if unit in (None, NO_SUPPLEMENTARY_UNIT) or in_prescribed_unit(entry.line, unit) is not None:
            continue
        quantity = entry.line.quantity
        given = f"gives {quantity.amount.normalize():f} {unit_name(quantity.unit)}" if quantity else "gives none"
        reason = (
            f"tariff line {entry.commodity_code.national} is declared with a supplementary quantity in "
            f"{unit_name(unit)} ({unit}) and the line {given}: state it in {unit_name(unit)} (box 41)"
        )
        problems.append(RowProblem(entry.line.row, QUANTITY, entry.line.placed(reason), Severity.WARNING))
    return problems


def unit_name(unit: str) -> str:
    return UNIT_NAMES.get(unit, unit)


def _in_their_own_units(lines: Sequence[ProductLine]) -> Quantity | None:
    """The lines' quantities summed, in their base unit where they mix units of one dimension (3000 m and 4 km:
    7000 m); none where they mix dimensions."""
    quantities = [line.quantity for line in lines if line.quantity]
    if len({q.unit for q in quantities}) > 1:
        quantities = [q.in_base_unit() for q in quantities]
    if not quantities or len({q.unit for q in quantities}) != 1:
        return None
    total = quantities[0]
    for quantity in quantities[1:]:
        total = total + quantity
    return total
