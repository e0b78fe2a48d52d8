"""How each figure column of a file writes its decimals, settled once from the first rows: the style of each field,
the workbook rows whose cell is a number, and the figures that read two ways beside a column writing decimals the
other way (see mixed_number_styles)."""

from dataclasses import dataclass, replace

import polars as pl

from adapters.reading.amount_agreement import settled_by_amounts
from adapters.reading.cells_as_read import cells_as_read
from adapters.reading.file_number_style import settled_by_the_file
from adapters.reading.header_detection import HeaderLayout
from adapters.reading.line_number_style import line_styles
from adapters.reading.mixed_number_styles import OtherWay, other_ways, text_figures, two_way_rows
from adapters.reading.numbers import ColumnStyle, column_style, one_way_examples
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.two_way_numbers import reads_two_ways


@dataclass(frozen=True, slots=True)
class NumberStylePlan:
    styles: dict[str, ColumnStyle]
    number_rows: dict[str, frozenset[int]]  # field -> frame rows whose cell is a number (see _number_rows)
    other_ways: dict[str, OtherWay]  # fields read one way in a file whose other columns write decimals the other
    two_way_figures: dict[int, tuple[str, ...]]  # frame row -> fields of other_ways whose figure reads two ways
    line_styles: dict[int, tuple[bool, str]]  # frame row of a two-way figure -> how its line writes decimals, where
    # the file's columns write them both ways (see line_number_style)


def _number_rows(table: RawTable, layout: HeaderLayout, styles: dict[str, ColumnStyle]) -> dict[str, frozenset[int]]:
    """For each decimal-comma column of a workbook, and the quantity and unit price whatever their style, the rows
    whose cell is a number: '12.345' there is 12.345, and no line's arithmetic reads it otherwise."""
    columns = {
        layout.columns[field]: field
        for field, style in styles.items()
        if style.decimal_comma or field in ("quantity", "unit_price")
    }
    if not table.is_workbook or not columns:
        return {}
    rows: dict[str, set[int]] = {field: set() for field in columns.values()}
    for row, column in table.number_cells(frozenset(columns)):
        rows[columns[column]].add(row)
    return {field: frozenset(found) for field, found in rows.items() if found}


def _two_way_text(table: RawTable, layout: HeaderLayout, sample: pl.DataFrame, field: str) -> bool:
    """Whether a workbook column holds '10.000' as text, not as a number: that one reads two ways."""
    column = layout.columns[field]
    values = sample.get_column(column_name(column)).to_list()
    rows = [layout.first_data_row + i for i, value in enumerate(values) if value and reads_two_ways(value.strip())]
    if not rows:
        return False
    numbers = table.number_cells(frozenset({column}))
    return any((row, column) not in numbers for row in rows)


def _two_way_figures(
    table: RawTable, layout: HeaderLayout, package_kind: str | None, in_doubt: dict[str, OtherWay]
) -> dict[int, tuple[str, ...]]:
    """Frame row -> the fields in doubt whose figure there reads two ways (see mixed_number_styles)."""
    if not in_doubt:
        return {}
    cells = cells_as_read(layout, package_kind)
    figures = table.frame.slice(layout.first_data_row).select(cells[field].alias(field) for field in in_doubt)
    return two_way_rows(figures, layout.first_data_row, table.is_workbook)


def plan_number_styles(
    table: RawTable, layout: HeaderLayout, sample: pl.DataFrame, package_kind: str | None, fields: tuple[str, ...]
) -> NumberStylePlan:
    """`sample`: the first data rows, raw; `fields`: the figure fields, read as cells_as_read reads them ('12,340 kg'
    as '12,340'); `package_kind`: the one the packages header names."""
    cells = cells_as_read(layout, package_kind)
    figures = sample.select(cells[field].alias(field) for field in fields if field in layout.columns)
    styles = {field: column_style(figures.get_column(field), table.decimal_comma_hint) for field in figures.columns}
    if table.is_workbook:  # numeric cells arrive as '1.234' and are never ambiguous; text cells may be
        styles = {
            field: style
            if style.guessed and _two_way_text(table, layout, sample, field)
            else replace(style, guessed=False)
            for field, style in styles.items()
        }
    names = {field: field for field in figures.columns}
    styles = settled_by_the_file(figures, names, settled_by_amounts(figures, names, styles), table.is_workbook)
    in_doubt = other_ways(figures, styles, layout.written, table.is_workbook)
    two_way = _two_way_figures(table, layout, package_kind, in_doubt)
    both_ways = [field for field in figures.columns if _writes_both_ways(figures.get_column(field), table)]
    styles_of_lines = _line_styles(table, layout, package_kind, both_ways, sorted(two_way))
    return NumberStylePlan(styles, _number_rows(table, layout, styles), in_doubt, two_way, styles_of_lines)


def _line_styles(
    table: RawTable, layout: HeaderLayout, package_kind: str | None, both_ways: list[str], rows: list[int]
) -> dict[int, tuple[bool, str]]:
    if not both_ways or not rows:
        return {}
    cells = cells_as_read(layout, package_kind)
    at = table.frame.with_row_index("position").filter(pl.col("position").is_in(rows))
    return line_styles(at.select(cells[field].alias(field) for field in both_ways), rows, table.is_workbook)


def _writes_both_ways(values: pl.Series, table: RawTable) -> bool:
    """'1,020.00' and '6.375,00' in one column: a list stitched together from files of suppliers who write decimals
    differently (in a workbook only its text figures tell, see mixed_number_styles)."""
    return None not in one_way_examples(text_figures(values, table.is_workbook)).values()
