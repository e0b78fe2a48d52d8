"""An invoice sheet and a packing-list sheet of one workbook: when the packing list lists the same goods in the same
order (as many lines, each with the same description and, where both state it, the same quantity: the same number, in
the same unit when both sheets state units), its masses and packages go into the invoice's lines, with a warning that
says so; lists that do not match line by line are never combined, and a warning says why. Only columns the invoice
lacks are taken, so no figure is ever overwritten.

A description is the same when it is the invoice's name before its model column was joined to it ('LED BULB' for
'LED BULB, A60 9W E27', see specification_column); lines whose descriptions differ still match when every line of
both sheets states its quantity and they agree line by line, and the warning then says the descriptions differ."""

from dataclasses import replace

from adapters.reading.header_notes import unit_in_header
from adapters.reading.specification_column import SEPARATOR
from adapters.reading.text_keys import text_key
from adapters.reading.units import PIECES
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.goods.product_list import ProductList
from domain.measures import Quantity

PACKING_FIELDS = ("net_mass", "gross_mass", "packages", "package_kind")
_NAMES = {"net_mass": "net mass", "gross_mass": "gross mass", "packages": "packages", "package_kind": "package kind"}


def _states_units(listing: ProductList) -> bool:
    """Whether a sheet states its quantities' units: in a unit column, or in its quantity header ('Qty (PCS)')."""
    quantity_header = listing.columns.get("quantity")
    return "unit" in listing.columns or (quantity_header is not None and unit_in_header(quantity_header) is not None)


def _unit_stated(quantity: Quantity, listing: ProductList) -> bool:
    """A quantity in pieces on a sheet that states no units is pieces by default only; another unit was written in
    its cell ('2 sets')."""
    return quantity.unit != PIECES or _states_units(listing)


def _same_quantity(ours: Quantity, theirs: Quantity, invoice: ProductList, packing: ProductList) -> bool:
    """The same number, in the same unit where both sheets state one: a sheet with no unit matches on the number."""
    if ours.amount != theirs.amount:
        return False
    return ours.unit == theirs.unit or not (_unit_stated(ours, invoice) and _unit_stated(theirs, packing))


def _same_description(ours: ProductLine, theirs: ProductLine) -> bool:
    """The same words, or the invoice's name before a model was joined to it: 'LED BULB' for 'LED BULB, A60 9W'."""
    theirs_key = text_key(theirs.description)
    names = (ours.description[:at] for at in range(len(ours.description)) if ours.description.startswith(SEPARATOR, at))
    return text_key(ours.description) == theirs_key or any(text_key(name) == theirs_key for name in names)


def _quantities_agree(invoice: ProductList, packing: ProductList) -> bool:
    """Every line of both sheets states its quantity, the same line by line, and the quantities are not all the
    same (one line excepted): lines of 1, 1 and 1 on both sheets agree by chance."""
    distinct = {line.quantity.amount for line in invoice.lines if line.quantity}
    return (len(invoice.lines) == 1 or len(distinct) > 1) and all(
        ours.quantity and theirs.quantity and _same_quantity(ours.quantity, theirs.quantity, invoice, packing)
        for ours, theirs in zip(invoice.lines, packing.lines, strict=True)
    )


def _described_otherwise(invoice: ProductList, packing: ProductList) -> ProductLine | None:
    """The first packing line whose description is not its invoice line's, or None."""
    pairs = zip(invoice.lines, packing.lines, strict=True)
    return next((theirs for ours, theirs in pairs if not _same_description(ours, theirs)), None)


def _mismatch(invoice: ProductList, packing: ProductList) -> str | None:
    """Why the two lists are not the same goods in the same order; None when they are."""
    if len(invoice.lines) != len(packing.lines):
        return f"it has {len(packing.lines)} lines and the invoice {len(invoice.lines)}"
    by_quantities = _quantities_agree(invoice, packing)
    for ours, theirs in zip(invoice.lines, packing.lines, strict=True):
        if not _same_description(ours, theirs) and not by_quantities:
            return f"'{theirs.description}' ({theirs.place}) stands against '{ours.description}' ({ours.place})"
        if ours.quantity and theirs.quantity and not _same_quantity(ours.quantity, theirs.quantity, invoice, packing):
            amounts = f"{theirs.quantity.amount} {theirs.quantity.unit} against {ours.quantity.amount}"
            return f"the quantity of '{ours.description}' is {amounts} {ours.quantity.unit} ({theirs.place})"
    return None


def lines_match(invoice: ProductList, packing: ProductList) -> bool:
    """Whether the packing list lists the invoice's goods in the same order (see with_packing_list)."""
    return _mismatch(invoice, packing) is None


def matched_by_none(name: str) -> str:
    """Why a packing list beside several sheets of goods is not taken."""
    return (
        f"sheet '{name}' also holds a list and was not read: its lines match those of no sheet read one by one; put "
        "its masses and packages on the sheet of the same goods, or list the same goods in the same order on both"
    )


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def not_combined(sheets: tuple[str, str], why: str) -> str:
    """Why a packing list's masses and packages are not taken; `sheets`: (the invoice's, the packing list's)."""
    return (
        f"sheet '{sheets[1]}' also holds a list and was not read: {why}; put its masses and packages on sheet "
        f"'{sheets[0]}', or list the same goods in the same order on both"
    )


def _with_kinds(fields: list[str], invoice: ProductList) -> list[str]:
    """The packages bring the kinds their cells name ('4 pallets'), unless the invoice has a kind column."""
    if "packages" in fields and "package_kind" not in fields and "package_kind" not in invoice.columns:
        return [*fields, "package_kind"]
    return fields


def with_packing_list(invoice: ProductList, packing: ProductList, sheets: tuple[str, str]) -> ProductList:
    """The invoice's lines with the packing list's masses and packages, when they match line by line."""
    fields = [field for field in PACKING_FIELDS if field in packing.columns and field not in invoice.columns]
    if (why := _mismatch(invoice, packing)) is not None:
        why = f"its lines do not match those of '{sheets[0]}' one by one ({why})"
        invoice.problems.append(RowProblem(None, None, not_combined(sheets, why), Severity.WARNING))
        return invoice
    headers = {packing.columns[field] for field in fields}
    merged = _with_kinds(fields, invoice)
    for ours, theirs in zip(invoice.lines, packing.lines, strict=True):
        for field in merged:
            setattr(ours, field, getattr(theirs, field))
        ours.problems += [replace(p, row=ours.row) for p in theirs.problems if p.column in headers]
    invoice.problems += [replace(p, row=None) for p in packing.problems if p.column in headers]
    invoice.columns |= {field: packing.columns[field] for field in fields}
    for field in ("net_mass", "gross_mass"):
        if field in fields and getattr(invoice.totals, field) is None:
            setattr(invoice.totals, field, getattr(packing.totals, field))
    taken = _listed([_NAMES[field] for field in fields])
    reason = (
        f"the {taken} of the lines are taken from sheet '{sheets[1]}', whose {len(packing.lines)} lines list the "
        f"same goods as sheet '{sheets[0]}' in the same order"
    )
    if (other := _described_otherwise(invoice, packing)) is not None:
        reason += (
            f", with the same quantities but other descriptions ('{other.description}', {other.place}): check that "
            "they are the same goods"
        )
    invoice.problems.append(RowProblem(None, None, reason, Severity.WARNING))
    return invoice
