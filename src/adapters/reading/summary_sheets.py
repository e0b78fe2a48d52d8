"""A sheet that sums the other sheets read is a summary, not goods: read, it would declare the shipment twice.

A sheet is a summary when its amounts add up to those of the other sheets read (two at least), or when each of its
rows is the amount of one other sheet (a row per container or invoice). Net masses that add up to the others' are
taken as a summary only with a sign beside them: the sheet has no quantity or unit price where every other sheet
has them. That sign alone proves nothing (a sheet of goods may lack quantities), so it never leaves a sheet out by
itself. Looked for when the broker did not name the sheets (ADR 0034).

A summary is a sheet of one chunk: it is held whole until the other sheets' figures are known, and a sheet longer
than a chunk (50,000 rows) sums nothing up. The other sheets may be of any length: one longer than a chunk is read
through once more beforehand, chunk by chunk, for its sums alone (its lines are not kept), since a summary before it
must be left out before the lines of either are given."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from adapters.reading.several_sheets import SheetChunks
from domain.goods.product_line import ProductLine
from domain.goods.product_list import ProductList

_ROUNDING = Decimal("0.05")
_Figure = Callable[[ProductLine], Decimal | None]


@dataclass(frozen=True, slots=True)
class _Sums:
    """What a summary is compared with of each other sheet."""

    amount: Decimal
    net: Decimal
    priced: bool  # it has a quantity column

    @classmethod
    def of(cls, chunks: Iterable[ProductList]) -> "_Sums":
        amount, net, priced = Decimal(0), Decimal(0), False
        for chunk in chunks:
            amount, net = amount + _total(chunk.lines, _amount), net + _total(chunk.lines, _net)
            priced = priced or "quantity" in chunk.columns
        return cls(amount, net, priced)


def without_summaries(sheets: list[SheetChunks], chunk_rows: int) -> tuple[list[SheetChunks], list[str]]:
    """The sheets that are not summaries, and a warning naming each summary left out."""
    whole = [sheet for sheet in sheets if sheet.body.height <= chunk_rows]
    if len(sheets) < 3 or not whole:
        return sheets, []
    read: dict[str, ProductList] = {}
    for sheet in whole:
        read[sheet.name] = next(sheet.chunks)
        sheet.chunks = iter([read[sheet.name]])
    sums = {
        sheet.name: _Sums.of([read[sheet.name]]) if sheet.name in read else _read_through(sheet) for sheet in sheets
    }
    kept, notes = list(sheets), []
    for sheet in whole:
        others = [other.name for other in kept if other is not sheet]
        why = _sums(read[sheet.name], [sums[other] for other in others], others)
        if why is not None:
            kept.remove(sheet)
            notes.append(
                f"sheet '{sheet.name}' sums the other sheets ({why}): taken as a summary, not as goods; "
                "name it with --sheet to read it"
            )
    return kept, notes


def _read_through(sheet: SheetChunks) -> _Sums:
    """A sheet longer than a chunk, summed over a reading of its own."""
    assert sheet.again is not None, "a sheet of several can be read again"
    return _Sums.of(sheet.again())


def _sums(sheet: ProductList, others: list[_Sums], names: list[str]) -> str | None:
    """How `sheet` sums `others`, or None when it does not."""
    amounts = [other.amount for other in others]
    if len(others) >= 2 and (said := _added_up(_total(sheet.lines, _amount), amounts, "")):
        return said
    rows = [_amount(line) for line in sheet.lines]
    if 2 <= len(rows) <= len(others) and (said := _row_by_row(rows, amounts, names)):
        return said
    unpriced = not {"quantity", "unit_price"} & sheet.columns.keys()
    if unpriced and len(others) >= 2 and all(other.priced for other in others):
        return _added_up(_total(sheet.lines, _net), [other.net for other in others], " kg")
    return None


def _added_up(total: Decimal, parts: list[Decimal], unit: str) -> str | None:
    if total <= 0 or any(part <= 0 for part in parts) or abs(total - sum(parts, Decimal(0))) > _ROUNDING:
        return None
    return f"{total:.2f}{unit} = {' + '.join(f'{part:.2f}{unit}' for part in parts)}"


def _row_by_row(rows: list[Decimal | None], amounts: list[Decimal], names: list[str]) -> str | None:
    """Each row the amount of a different sheet: 'sheet 'Лист1' is 6800.00, ...'."""
    left = dict(zip(names, amounts, strict=True))
    said = []
    for row in rows:
        name = next((name for name, amount in left.items() if row and abs(row - amount) <= _ROUNDING), None)
        if name is None or row is None:
            return None
        said.append(f"{row:.2f} is '{name}'")
        del left[name]
    return "row by row: " + ", ".join(said)


def _total(lines: list[ProductLine], figure: _Figure) -> Decimal:
    return sum((value for line in lines if (value := figure(line)) is not None), Decimal(0))


def _amount(line: ProductLine) -> Decimal | None:
    return line.value.amount if line.value is not None else None


def _net(line: ProductLine) -> Decimal | None:
    return line.net_mass.kilograms if line.net_mass is not None else None
