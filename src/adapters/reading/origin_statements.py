"""A row below the header that states the country of origin of the whole list, as a ТОРГ-12's footer may
('Страна происхождения: Россия'; 'Country of origin' and 'China' in two cells): no goods line, and the origin of
each line whose origin cell is empty; a line's own origin wins. Rows that name different countries give none.
Such rows state the list's origin only where none of them stands between goods lines: there, they may state the
origin of a section or of the line above, and are left as they are."""

import re
from dataclasses import dataclass
from functools import lru_cache, partial

import polars as pl

from adapters.reading.countries import country_code, country_named_whole
from adapters.reading.file_lines import place_in_file
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.header_matching import field_scores
from adapters.reading.numbers import is_blank
from adapters.reading.raw_table import column_name
from adapters.reading.reading_plan import NUMERIC_FIELDS, ReadingPlan
from adapters.reading.row_labels import lines_among, not_goods_rows
from adapters.reading.section_titles import filled_cells
from adapters.reading.union_origins import UNIONS
from domain.goods.problems import RowProblem, Severity

_LABEL_END = re.compile(r"\s*[:：]\s*|\s+[-–—]\s+")  # 'Страна происхождения: Россия', 'Origin - China'
_COUNTRIES_APART = re.compile(r"[,;/|+&]|\s(?:и|and|ve|we|und)\s", re.IGNORECASE)  # 'Россия, Беларусь'
_LISTED = 10


@dataclass(frozen=True, slots=True)
class OriginStatement:
    position: int  # the frame row
    text: str  # as written, its cells joined
    country: str  # ISO 3166 alpha-2


def _names_the_origin(label: str) -> bool:
    scores = field_scores(label.strip().rstrip(":："))
    return bool(scores) and max(scores, key=lambda field: scores[field]) == "origin"


@lru_cache(maxsize=1024)  # a list's units, origins and figures repeat down its rows
def _one_country(text: str) -> str | None:
    """The country the text names, when it names no other ('Россия, Беларусь' names two; 'Bosnia and Herzegovina'
    one, as 'Herzegovina' alone names none); None without a letter, at once ('12', a quantity)."""
    if not any(character.isalpha() for character in text):
        return None
    if (whole := country_named_whole(text)) is not None:
        return whole  # 'Congo, Dem. Rep.': its pieces are no list of countries
    country = country_code(text)
    others = {country_code(piece) for piece in _COUNTRIES_APART.split(text)} - {country, None}
    return None if others else country


def _stated_country(cells: list[str]) -> str | None:
    """The country of origin the row's cells with text state: a label naming the origin, then one country, in one
    cell ('Страна происхождения: Россия') or in two. The country is looked at first: reading a label as a header
    takes milliseconds, and in a list of two columns every goods row has two cells."""
    if len(cells) == 1:
        parts = _LABEL_END.split(cells[0], maxsplit=1)
        if len(parts) != 2:
            return None
        label, country = parts
    elif len(cells) == 2:
        label, country = cells
    else:
        return None
    code = _one_country(country)
    return code if code is not None and _names_the_origin(label) else None


def origin_statements(frame: pl.DataFrame, layout: HeaderLayout) -> list[OriginStatement]:
    """The rows below the header that state the country of origin of the list (see _stated_country)."""
    few_cells = filled_cells(frame.width).is_between(1, 2)
    below = frame.with_row_index("position").slice(layout.first_data_row).filter(few_cells)
    statements = []
    for position, *row in below.iter_rows():
        cells = [cell.strip() for cell in row if cell and cell.strip()]
        if (country := _stated_country(cells)) is not None:
            statements.append(OriginStatement(position, " ".join(cells), country))
    if statements and _between_goods(frame, layout, [statement.position for statement in statements]):
        return []
    return statements


def _between_goods(frame: pl.DataFrame, layout: HeaderLayout, positions: list[int]) -> bool:
    """Whether a goods line stands above one of the rows and another below it: a row with a description and a
    digit in a figure cell, no total or charge."""
    figures = [
        pl.col(column_name(layout.columns[f])).str.contains(r"\d") for f in NUMERIC_FIELDS if f in layout.columns
    ]
    described = ~is_blank(pl.col(column_name(layout.columns["description"])))
    goods = described & pl.any_horizontal(figures).fill_null(False) if figures else pl.lit(False)
    rows = frame.with_row_index("position").slice(layout.first_data_row).filter(goods).get_column("position").to_list()
    below_goods = [position for position in positions if rows and rows[0] < position]
    if not below_goods:
        return False
    later = (row for row in rows if row > below_goods[0])
    return lines_among(later, partial(not_goods_rows, frame, layout), enough=0) > 0


def stated_origin(statements: list[OriginStatement]) -> str | None:
    """The country every statement names; None when there is none, they disagree, or name a union of states."""
    countries = {statement.country for statement in statements}
    return countries.pop() if len(countries) == 1 and not countries & UNIONS.keys() else None


def origin_statements_note(statements: list[OriginStatement], plan: ReadingPlan) -> list[RowProblem]:
    if not statements:
        return []
    quoted = ", ".join(
        f"'{statement.text}' ({place_in_file(statement.position, plan.is_workbook, plan.file_lines, plan.sheet)})"
        for statement in statements[:_LISTED]
    )
    more = f" and {len(statements) - _LISTED} more" if len(statements) > _LISTED else ""
    countries = {statement.country for statement in statements}
    if len(countries) == 1 and (union := next(iter(countries))) in UNIONS:
        reason = (
            f"{quoted}{more} states {UNIONS[union]} as the origin of the whole list, which is no country: no "
            "line takes it; state the member state the goods come from in a column 'Country of origin' or as the "
            "header's country of origin"
        )
    elif (country := stated_origin(statements)) is not None:
        reason = (
            f"{quoted}{more} states the country of origin of the whole list, not goods: each line that leaves its "
            f"origin empty is of {country}"
        )
    else:
        reason = (
            f"rows state different countries of origin of the whole list, not goods: {quoted}{more}; no line takes "
            "its origin from them: state each line's origin in a column 'Country of origin'"
        )
    return [RowProblem(None, None, reason, Severity.WARNING)]
