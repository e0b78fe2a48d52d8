"""Box 41: the supplementary quantity of a goods item, in the unit its national tariff line prescribes.

A tariff line that counts pieces takes 10 dozen as 120 pieces and 2 t as nothing it can use; one that prescribes
kilograms takes the lines' net mass where their quantity is no mass. Where no tariff line is known (the national
tariff is not imported), box 41 is left empty with a warning on the row: the unit is the tariff line's to set, never
the invoice's. Quantities that cannot be added (pieces and cartons, metres and rolls) are never summed: their lines
form separate goods items (box_41_unit is part of the item's key), so that each can be stated in box 41 alike.
"""

from collections.abc import Sequence

from domain.declaration.classified_line import NO_SUPPLEMENTARY_UNIT, ClassifiedLine
from domain.declaration.packages import counted_in_packages
from domain.goods.declarable import QUANTITY
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.goods.row_lists import sheet_rows_in_words
from domain.measures import ZERO, Quantity

KILOGRAMS = "KGM"
NOT_RECOGNISED = "ZZ"  # Rec 20 "mutually defined": the reader's unit for a unit word it did not know
UNIT_NAMES = {
    "H87": "pieces", "C62": "pieces", "NAR": "articles", "PR": "pairs", "SET": "sets", "DZN": "dozens",
    "T3": "thousands of pieces", "KGM": "kilograms", "GRM": "grams", "TNE": "tonnes", "LTR": "litres",
    "MLT": "millilitres", "MTQ": "cubic metres", "MTK": "square metres", "MTR": "metres", "KMT": "kilometres",
    "CTM": "carats", "LPA": "litres of pure alcohol", "KWH": "kilowatt hours", "ST": "sheets", "GRO": "gross",
    "XCT": "cartons", "XBX": "boxes", "XBG": "bags", "XCS": "cases", "XPX": "pallets", "XDR": "drums",
    "XBE": "bundles", "XRO": "rolls", "CMT": "centimetres", "MMT": "millimetres", "RM": "reams", "XPK": "packs",
    "XBO": "bottles", "XBJ": "buckets", "XCX": "cans", "XCI": "canisters", "XTU": "tubes", "XRL": "reels",
    "XCL": "coils",
}  # fmt: skip


def box_41_unit(entry: ClassifiedLine) -> str | None:
    """The unit the line's quantity goes into box 41 in: its tariff line's (NO_SUPPLEMENTARY_UNIT where that
    prescribes none), else its own dimension's base unit; None where the line cannot give it (50 cartons of
    pens, where pieces are prescribed or no tariff line is known; a unit the list wrote that the reader did not
    recognise, which ASYCUDA cannot declare)."""
    unit, quantity = entry.supplementary_unit, entry.line.quantity
    if unit is not None:
        stated = unit == NO_SUPPLEMENTARY_UNIT or in_prescribed_unit(entry.line, unit) is not None
        return unit if stated else None
    if quantity is None or counted_in_packages(entry.line) or quantity.unit == NOT_RECOGNISED:
        return None
    return quantity.in_base_unit().unit


def supplementary_quantity(lines: Sequence[ProductLine], unit: str | None) -> Quantity | None:
    """The lines' quantities summed in `unit` (the tariff line's); None where no tariff line is known, where it
    prescribes no unit, or where a line's quantity cannot be told in it."""
    if unit is None or unit == NO_SUPPLEMENTARY_UNIT:
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
    """A warning on each line whose quantity cannot be declared in box 41 in its tariff line's unit, and one for
    the lines whose tariff line is not known (their box 41 is left empty): its item's box 41 stays empty until the
    broker states it. A line without a quantity under no known tariff line is left to the list's own warning."""
    problems, untold = [], []
    for entry in entries:
        unit, quantity = entry.supplementary_unit, entry.line.quantity
        if (unit is not None and box_41_unit(entry) is not None) or (unit is None and quantity is None):
            continue
        given = _given(quantity)
        if unit is None and quantity is not None and quantity.unit == NOT_RECOGNISED:
            reason = (
                "box 41: quantity of goods not stated; the line's unit was not recognised (see the unit column's "
                "warning): write a unit such as pcs, kg, m or l there, or state the quantity in the supplementary "
                "unit its tariff line prescribes"
            )
        elif unit is None and box_41_unit(entry) is None:
            reason = (
                f"box 41: quantity of goods not stated; the line gives {given}, which count the packages: state the "
                "quantity in the supplementary unit its tariff line prescribes (pieces, pairs, litres, ...) if any"
            )
        elif unit is None:
            untold.append(entry.line)
            continue
        else:
            reason = (
                f"box 41: quantity in {unit_name(unit)} not stated; the line gives {given}, which tariff line "
                f"{entry.commodity_code.national} cannot take: state it in {unit_name(unit)} ({unit})"
            )
        problems.append(entry.line.problem(QUANTITY, entry.line.placed(reason), Severity.WARNING))
    return [*_tariff_lines_not_known(untold), *problems]


def _tariff_lines_not_known(lines: Sequence[ProductLine]) -> list[RowProblem]:
    """One warning for the lines whose national tariff line is not known: a list of hundreds says it once."""
    if not lines:
        return []
    rows = sheet_rows_in_words(line.row_on_sheet for line in lines)
    reason = (
        f"box 41 (supplementary quantity) is left empty for {rows}: the national tariff lines of their codes are "
        "not known (the national tariff is not imported, or states no supplementary unit for them); import the "
        "tariff, or state the quantities in the units their tariff lines prescribe"
    )
    if len(lines) == 1:
        return [lines[0].problem(QUANTITY, reason, Severity.WARNING)]
    return [RowProblem(None, QUANTITY, reason, Severity.WARNING)]


def _given(quantity: Quantity | None) -> str:
    if quantity is None:
        return "no quantity"
    name = "of a unit not recognised (ZZ)" if quantity.unit == NOT_RECOGNISED else unit_name(quantity.unit)
    return f"{quantity.amount.normalize():f} {_one_of(name) if quantity.amount == 1 else name}"


def _one_of(name: str) -> str:
    """'1 piece', '1 box', '1 litre of pure alcohol', not '1 pieces'."""
    first, _, rest = name.partition(" ")
    if name == "kilowatt hours":
        return "kilowatt hour"
    if first.endswith("xes"):
        first = first[:-2]
    elif first.endswith("s") and first != "gross":
        first = first[:-1]
    return f"{first} {rest}".strip()


def unit_name(unit: str) -> str:
    return UNIT_NAMES.get(unit, unit)
