"""A file that writes decimals both ways, one column as '8,5' and another as '68,487.00': a figure that reads two
ways ('12,340': 12.34 or 12340) in a column read with one separator, while another column of the file writes
decimals with the other, is read as its column is, and warned about on its line, with the other reading: a
customs broker checks a mass or amount that may be a thousand times off rather than have it declared unseen.
(A column whose figures all read two ways follows the rest of the file, see file_number_style.) In a workbook only
text with a comma counts, as there: its number cells show no separator of their own."""

from dataclasses import dataclass

import polars as pl

from adapters.reading.numbers import ColumnStyle, one_way_examples, parse_number, two_way_values


@dataclass(frozen=True, slots=True)
class OtherWay:
    """Why a column's two-way figures are in doubt: another column writes decimals the other way."""

    own_example: str | None  # a figure of the column that reads only its way ('8,5'), if any
    header: str  # of the other column
    example: str  # a figure of the other column that reads only the other way ('68,487.00')


def text_figures(values: pl.Series, is_workbook: bool) -> pl.Series:
    """The figures that show their own separator: in a workbook only text with a comma (see the module)."""
    return values.filter(values.str.contains(",", literal=True)) if is_workbook else values


def other_ways(
    figures: pl.DataFrame, styles: dict[str, ColumnStyle], headers: dict[str, str], is_workbook: bool
) -> dict[str, OtherWay]:
    """`figures`: the first rows' figures by field, as read. The fields read with one separator, not guessed, whose
    file has another column writing decimals with the other; each with the first such column."""
    examples = {field: one_way_examples(text_figures(figures.get_column(field), is_workbook)) for field in styles}
    found = {}
    for field, style in styles.items():
        if style.guessed:
            continue  # read as the whole file writes, or said for the whole file (list_notes)
        comma = style.decimal_comma
        others = ((other, example) for other in styles if other != field and (example := examples[other][not comma]))
        if (other_way := next(others, None)) is not None:
            found[field] = OtherWay(examples[field][comma], headers[other_way[0]], other_way[1])
    return found


def two_way_rows(figures: pl.DataFrame, first_row: int, is_workbook: bool) -> dict[int, tuple[str, ...]]:
    """`figures`: the fields in doubt (see other_ways) of every row below the header, `first_row` the frame row of
    the first. Frame row -> the fields whose figure there reads two ways."""
    by_row: dict[int, tuple[str, ...]] = {}
    for field in figures.columns:
        values = figures.get_column(field)
        doubtful = two_way_values(values)
        if is_workbook:
            doubtful &= values.str.contains(",", literal=True).fill_null(False)
        for offset in doubtful.arg_true().to_list():
            by_row[first_row + offset] = (*by_row.get(first_row + offset, ()), field)
    return by_row


def _reading(written: str, decimal_comma: bool) -> str:
    number = parse_number(written, decimal_comma=decimal_comma)
    return "nothing" if number is None else f"{number.normalize():f}"


def two_way_reason(written: str, decimal_comma: bool, other: OtherWay) -> str:
    read, otherwise = (_reading(written, comma) for comma in (decimal_comma, not decimal_comma))
    separator, other_separator = ("','", "'.'") if decimal_comma else ("'.'", "','")
    own = f", as in '{other.own_example}' in this column" if other.own_example else ""
    return (
        f"'{written}' reads two ways: it is read as {read}, with {separator} as the decimal separator{own}; column "
        f"'{other.header}' writes {other_separator} as the decimal separator ('{other.example}'), which would make "
        f"it {otherwise}: check it"
    )
