"""Net and gross masses and package counts written once in a block merged over several goods lines ('N.W.' over a
frying pan and its lid packed in the same cartons) are the figures of those lines together; the sheet gives the
first line the whole figure and the others none. Each line is declared with its share, in proportion to its
quantity (to its value where the quantities are in different units or missing), and a warning names the block."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import RawTable
from adapters.reading.unheaded_cells import column_letters
from domain.goods.declarable import EMPTY_NET_MASS
from domain.goods.problems import RowProblem, Severity
from domain.goods.product_line import ProductLine
from domain.measures import Mass

SHARED_FIELDS = {"net_mass": "net mass", "gross_mass": "gross mass", "packages": "packages"}
_GRAM = Decimal("0.001")


@dataclass(frozen=True, slots=True)
class SharedBlock:
    """A merged block of one field's column over the data rows `rows` (ProductLine.row)."""

    field: str
    cells: str  # 'G7:G8'
    sheet_rows: str  # '7-8'
    rows: range


def shared_blocks(table: RawTable, layout: HeaderLayout) -> list[SharedBlock]:
    """The merged blocks over two rows or more below the header in the columns of SHARED_FIELDS."""
    blocks = []
    for block in sorted(table.merges, key=lambda block: (block.first_row, block.first_column)):
        if block.last_row == block.first_row or block.first_row < layout.first_data_row:
            continue
        for field in (field for field in SHARED_FIELDS if field not in layout.per_package):
            column = layout.columns.get(field)
            if column is not None and block.first_column <= column <= block.last_column:
                letters = column_letters(table.first_column + column)
                cells = f"{letters}{block.first_row + 1}:{letters}{block.last_row + 1}"
                sheet_rows = f"{block.first_row + 1}-{block.last_row + 1}"
                first = block.first_row - layout.first_data_row + 1
                rows = range(first, first + block.last_row - block.first_row + 1)
                blocks.append(SharedBlock(field, cells, sheet_rows, rows))
    return blocks


def _weights(lines: list[ProductLine]) -> tuple[list[Decimal], str] | None:
    """What each line's share is in proportion to, and its name; None when neither quantities nor values do."""
    quantities = [line.quantity for line in lines]
    if all(q and q.amount > 0 for q in quantities) and len({q.unit for q in quantities if q}) == 1:
        return [q.amount for q in quantities if q], "quantity"
    values = [line.value for line in lines]
    if all(v and v.amount > 0 for v in values):
        return [v.amount for v in values if v], "value"
    return None


def _masses(whole: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """Shares to the gram, the last line taking what rounding leaves so that they add up to the whole."""
    shares = [(whole * w / sum(weights)).quantize(_GRAM, ROUND_HALF_UP) for w in weights[:-1]]
    return [_plain(share) for share in (*shares, whole - sum(shares, Decimal(0)))]


def _plain(mass: Decimal) -> Decimal:
    """840.000 -> 840, 733.330 -> 733.33, 1000 stays 1000 (not 1E+3)."""
    return Decimal(format(mass.normalize(), "f"))


def _counts(whole: int, weights: list[Decimal]) -> list[int]:
    """Whole packages, the largest remainders rounded up, adding up to the whole."""
    exact = [whole * w / sum(weights) for w in weights]
    counts = [int(share) for share in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in by_remainder[: whole - sum(counts)]:
        counts[i] += 1
    return counts


def share_out(by_row: dict[int, ProductLine], block: SharedBlock, header: str) -> RowProblem | None:
    """Gives each line of the block its share of the figure the first holds; a warning saying so, or None when
    the block's lines are not all here, the figure is missing or no key shares it. `by_row`: the lines read, by
    ProductLine.row."""
    sharing = [by_row[row] for row in block.rows if row in by_row]
    whole = getattr(sharing[0], block.field) if sharing else None
    if len(sharing) < 2 or whole is None or any(getattr(line, block.field) is not None for line in sharing[1:]):
        return None
    if (weighted := _weights(sharing)) is None:
        return None
    weights, key = weighted
    if isinstance(whole, Mass):
        masses = _masses(whole.kilograms, weights)
        for line, mass in zip(sharing, masses, strict=True):
            setattr(line, block.field, Mass(mass))
            if block.field == "net_mass":
                line.problems = [p for p in line.problems if not p.reason.startswith(EMPTY_NET_MASS)]
        written = " and ".join(f"{mass} kg" for mass in masses)
    else:
        counts = _counts(whole, weights)
        for line, count in zip(sharing, counts, strict=True):
            line.packages, line.package_kind = count, line.package_kind or sharing[0].package_kind
        written = " and ".join(str(count) for count in counts)
    reason = (
        f"{block.cells} holds the {SHARED_FIELDS[block.field]} of rows {block.sheet_rows} together: shared in "
        f"proportion to {key} ({written})"
    )
    return RowProblem(sharing[0].row, header, reason, Severity.WARNING)


class SharedFigures:
    """The shared blocks of a sheet, shared out chunk by chunk; a block across two chunks is left as it is."""

    def __init__(self, table: RawTable, layout: HeaderLayout) -> None:
        self._blocks = shared_blocks(table, layout)
        self._headers = layout.headers()
        self._notes: list[RowProblem] = []

    def share(self, lines: list[ProductLine]) -> None:
        by_row = {line.row: line for line in lines}
        for block in self._blocks:
            if (note := share_out(by_row, block, self._headers.get(block.field, ""))) is not None:
                self._notes.append(note)

    def notes(self) -> list[RowProblem]:
        return self._notes
