"""Find the header row below any title block (seller, buyer, invoice number) and map its columns to fields."""

from collections.abc import Mapping
from dataclasses import dataclass

from adapters.reading.amount_headers import amount_preference
from adapters.reading.description_column import fullest_description
from adapters.reading.header_currency import currency_in_header
from adapters.reading.header_languages import header_languages
from adapters.reading.header_matching import MIN_SCORE, field_scores
from adapters.reading.missing_header import header_holds, missing_header
from adapters.reading.okei_units import okei_column
from adapters.reading.per_package_headers import line_totals_first, per_package_columns
from adapters.reading.table_cells import Row, is_numeric, text_of
from adapters.reading.text_keys import text_key
from adapters.reading.two_row_headers import two_row_header

HEADER_SEARCH_ROWS = 30
_WEIGHTS = {"description": 2.0}
CURRENCY_STATED = 5.0  # points an amount header naming its currency gains over one that does not
_FIGURES_OF_A_LINE = 2  # a row with this many figures is a goods line, never a header's groups
_BY_GROUP = 0.95  # of the score of a column read by its group alone ('Amount, USD' over 'FOB'; see two_row_headers)


@dataclass(frozen=True, slots=True)
class HeaderLayout:
    """Where the header is and which column holds which field; row positions are frame rows."""

    header_row: int
    first_data_row: int
    columns: dict[str, int]
    written: dict[str, str]
    score: float  # how well the header names the fields; compares the sheets of a workbook
    width: int  # columns up to the last one with a header
    headed_twice: tuple[str, ...] = ()  # fields whose header another column repeats word for word (not read)
    per_package: frozenset[str] = frozenset()  # fields read from a column per package ('N.W./CTN'): x the packages
    # the quantity's header names the net mass too ('Количество (масса нетто)'): the net mass of a line in kg, t or g
    net_mass_in_quantity: bool = False
    header_rows: int = 1  # 2 for groups over their sub-headers, `header_row` the lower (see two_row_headers)
    okei_column: int | None = None  # the ОКЕИ codes of the units, read where a unit name is not (see okei_units)

    def headers(self) -> dict[str, str]:
        """Field -> header as written of each field read, the net mass's where the quantity's column gives it."""
        if self.net_mass_in_quantity:
            return self.written | {"net_mass": self.written["quantity"]}
        return dict(self.written)

    def header_of(self, column: int) -> str:
        """The header of a column as written, or its number when the list does not read it."""
        return next((self.written[f] for f, c in self.columns.items() if c == column), f"number {column + 1}")


def _assign(
    texts: list[str],
    forced: dict[str, int],
    codes: frozenset[int] = frozenset(),
    by_group: frozenset[int] = frozenset(),
) -> dict[str, tuple[int, float]]:
    """Each field to its best column and each column to at most one field, best scores first, after the `forced`
    ones; of several amount columns only the one amount_headers prefers (the total, the one without VAT) may be
    the value, and a quantity or mass column headed as a total ('TOTAL N.W.') is the line's before any other.
    `texts` are the headers as read (see two_row_headers); `codes` the columns of a group's code, which may be the
    supplier's commodity code only; `by_group` those read by their group's header alone, which score a little less."""
    languages = header_languages(texts)
    pairs = [
        (-score * (_BY_GROUP if column in by_group else 1.0), column, field)
        for column, text in enumerate(texts)
        if text and column not in forced.values() and not is_numeric(text)
        for field, score in field_scores(text, languages).items()
        if score >= MIN_SCORE and field not in forced and (column not in codes or field == "declared_code")
    ]
    amounts = [(negative - _amount_points(texts[column]), column) for negative, column, field in pairs
               if field == "value"]  # fmt: skip
    if len(amounts) > 1:
        kept = min(amounts)[1]
        pairs = [pair for pair in pairs if pair[2] != "value" or pair[1] == kept]
    pairs = line_totals_first(pairs, texts)
    chosen = {field: (column, 100.0) for field, column in forced.items()}
    used = set(forced.values())
    for negative_score, column, field in sorted(pairs):
        if field not in chosen and column not in used:
            chosen[field] = (column, -negative_score)
            used.add(column)
    return chosen


def _amount_points(header: str) -> float:
    """amount_headers' preference, and a few points for a currency written in the header: 'Amount USD' is the
    invoice's amount beside a bare 'Amount' (in a trial, a supplier's stale figures in another currency)."""
    return (amount_preference(header) or 0.0) + (CURRENCY_STATED if currency_in_header(header) else 0.0)


def _forced_columns(texts: list[str], named_columns: Mapping[str, str]) -> dict[str, int] | None:
    """The column of each named field in this header row; None when the row lacks one of them."""
    forced = {}
    for field, header in named_columns.items():
        column = next((i for i, text in enumerate(texts) if text and header_holds(text, header)), None)
        if column is None:
            return None
        forced[field] = column
    return forced


def _numbers_columns(row: Row) -> bool:
    """A row numbering the columns 1, 2, 3, ... under the header, as Russian forms do."""
    values = [text_of(v) for v in row if text_of(v)]
    if len(values) < 3 or not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers[0] in (0, 1) and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _heads_groups(texts: list[str]) -> bool:
    """Whether a row may stand over the header's sub-headers: it names a field other than the currency (a title
    row stating it, 'Инвойс № 1, валюта USD', would carry over every column to its right), and is no title
    written in its first cell alone ('PACKING LIST' is not the packing of every column), nor a row of figures: a
    goods line above the header repeated under it ('Ванна акриловая', 10, 'шт', 15, 150) heads nothing, and taking
    it for the header's groups left every line above it out."""
    filled = [i for i, text in enumerate(texts) if text]
    figures = sum(1 for text in texts if text and is_numeric(text))
    return filled != [0] and figures < _FIGURES_OF_A_LINE and bool(_assign(texts, {}).keys() - {"currency"})


@dataclass(frozen=True, slots=True)
class _Option:
    """A header that may be the list's: its last row, its headers as written and as read (the same for one row)."""

    last_row: int
    written: list[str]
    read: list[str]
    codes: frozenset[int] = frozenset()
    by_group: frozenset[int] = frozenset()
    rows: int = 1


def _options(head: list[Row], row: int, under_groups: set[int]) -> list[_Option]:
    """The headers that may start at `row`: the row alone, and with the row below as its sub-headers when the
    row names fields itself (a title row is never part of the header). Sub-headers that name the parts of a group
    ('Количество' over 'в одном месте' and 'мест, штук') are the header's: the row alone is then no option, nor
    the row below alone, which `under_groups` gets."""
    single = [text_of(v) for v in head[row]]
    options = [] if row in under_groups else [_Option(row, single, single)]
    if row + 1 < len(head) and _heads_groups(single) and (two := two_row_header(head[row], head[row + 1])):
        if two.under_groups:
            options = []
            under_groups.add(row + 1)
        options.append(_Option(row + 1, two.written, two.read, two.codes, two.by_group, rows=2))
    return options


def _net_mass_in_quantity(texts: list[str], columns: dict[str, int]) -> bool:
    """Whether the quantity's header names the net mass as well, no column being the net mass's: 'Количество
    (масса нетто)' of the ТОРГ-12 is the quantity in the line's unit, which is the net mass when that is kg."""
    if "quantity" not in columns or "net_mass" in columns:
        return False
    text = texts[columns["quantity"]]
    return field_scores(text, header_languages(texts)).get("net_mass", 0.0) >= MIN_SCORE


def detect_header(head: list[Row], filename: str, named_columns: Mapping[str, str] | None = None) -> HeaderLayout:
    """The best-scoring one- or two-row header among the first rows, holding the `named_columns` (field -> header
    as written) when given; raises UnusableFile without one.

    A two-row header ('Weight' over 'Net' and 'Gross') is tried only under a row that names fields itself,
    so a title row never becomes part of the header; on a tie the earlier option wins, but a row naming the parts
    of groups above it ('Количество' over 'в одном месте' and 'мест, штук') is always the header's second row
    (see two_row_headers)."""
    named = named_columns or {}
    best: tuple[float, _Option, dict[str, tuple[int, float]]] | None = None
    under_groups: set[int] = set()
    for row in range(min(len(head), HEADER_SEARCH_ROWS)):
        for option in _options(head, row, under_groups):
            forced = _forced_columns(option.written, named)
            if forced is None:
                continue
            chosen = _assign(option.read, forced, option.codes, option.by_group)
            score = sum(_WEIGHTS.get(field, 1.0) * s / 100 for field, (_, s) in chosen.items())
            if "description" in chosen and (best is None or score > best[0]):
                best = (score, option, chosen)
    if best is None:
        raise missing_header(head, filename, named, HEADER_SEARCH_ROWS)
    score, option, chosen = best
    texts = option.read
    first_data_row = option.last_row + 1
    if first_data_row < len(head) and _numbers_columns(head[first_data_row]):
        first_data_row += 1
    if "description" not in named:
        chosen["description"] = fullest_description(texts, chosen, head[first_data_row:])
    lines_own = {field: column for field, (column, _) in chosen.items()}
    per_package = per_package_columns(texts, lines_own)
    columns = lines_own | per_package
    return HeaderLayout(
        header_row=option.last_row,
        first_data_row=first_data_row,
        columns=columns,
        written={field: option.written[column] for field, column in columns.items()},
        score=score,
        width=max((i + 1 for i, text in enumerate(option.written) if text), default=0),
        headed_twice=_headed_twice(option.written, columns),
        per_package=frozenset(per_package),
        net_mass_in_quantity=_net_mass_in_quantity(texts, lines_own),
        header_rows=option.rows,
        okei_column=okei_column(option.written, columns),
    )


def _headed_twice(texts: list[str], columns: dict[str, int]) -> tuple[str, ...]:
    """The read fields whose header text stands over another column as well ("Amount USD" twice)."""
    keys = [text_key(text) for text in texts]
    return tuple(
        field
        for field, column in columns.items()
        if keys[column] and any(key == keys[column] for other, key in enumerate(keys) if other != column)
    )
