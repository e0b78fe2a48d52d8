"""Page numbers of a list exported page by page ('Page 1 of 2', 'Стр. 1 из 2', 'Sahypa 1/2', '1/2') are no goods
lines, in whatever column they stand; a goods line whose name holds a fraction stays a line."""

import pytest
from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader

reader = PolarsProductListReader()
HEADER = ["No", "Description of goods", "Qty", "Unit", "Unit price USD", "Amount USD", "N.W. kg", "Origin"]
FIRST_PAGE = [
    [1, "Electric kettle 1.7 l, stainless steel", 300, "pcs", 9.5, 2850, 450, "China"],
    [2, "Hair dryer 2000 W", 200, "pcs", 12, 2400, 160, "China"],
]
SECOND_PAGE = [[3, "Steam iron 2400 W", 150, "pcs", 14, 2100, 195, "China"]]


def _read(marker: list[object]) -> tuple[list[str], list[str]]:
    rows = [HEADER, *FIRST_PAGE, [], marker, [], HEADER, *SECOND_PAGE, [None, "TOTAL", 650, None, None, 7350, 805]]
    listing = reader.read(sheet_xlsx(rows), "invoice.xlsx")
    return [line.description for line in listing.lines], [p.reason for p in listing.all_problems()]


@pytest.mark.parametrize("text", ["Page 1 of 2", "Стр. 1 из 2", "Страница 1", "Sahypa 1/2", "1/2", "PAGE 1 / 2"])
@pytest.mark.parametrize("column", [0, 1, 4])
def test_a_page_number_between_the_pages_is_no_line(text: str, column: int) -> None:
    descriptions, problems = _read([None] * column + [text])
    assert descriptions == [line[1] for line in [*FIRST_PAGE, *SECOND_PAGE]]
    assert "page numbers (spreadsheet row 5): not read as goods" in problems
    assert not any("error" in problem or "no quantity" in problem for problem in problems)


def test_a_goods_line_named_with_a_fraction_stays_a_line() -> None:
    descriptions, _ = _read([4, "1/2 inch ball valve, brass", 100, "pcs", 3, 300, 40, "Turkey"])
    assert "1/2 inch ball valve, brass" in descriptions
