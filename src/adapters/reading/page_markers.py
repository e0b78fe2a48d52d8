"""A list exported page by page numbers its pages ('Page 1 of 2', 'Стр. 1 из 2', 'Sahypa 1/2', '1/2'): a row whose
only cell is such a marker is no product line, wherever it stands. It is blanked in place and named in a warning."""

import polars as pl

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.raw_table import RawTable, column_name
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.row_notes import rows_note
from adapters.reading.section_titles import filled_cells
from domain.goods.problems import RowProblem

_PAGE_WORDS = (
    "page", "pg", "p", "страница", "стр", "лист", "sahypa", "sahifa", "sayfa", "seite", "página", "pagina", "pag",
    "صفحه", "页", "第",
)  # fmt: skip
_OF = ("of", "из", "/", "от", "von", "de", "di", "dan", "den", "از", "共")
_NUMBER = r"\d{1,4}"


def _marker() -> str:
    words = "|".join(sorted(_PAGE_WORDS, key=len, reverse=True))
    of = "|".join(sorted(_OF, key=len, reverse=True))
    numbers = rf"{_NUMBER}(?:\s*(?:{of})\s*{_NUMBER})?"
    return rf"(?i)^[-–—\s]*(?:(?:{words})\.?\s*(?:№|no\.?)?\s*{numbers}|{_NUMBER}\s*/\s*{_NUMBER})\s*(?:页)?[-–—\s]*$"


def page_marker_rows(table: RawTable, layout: HeaderLayout) -> list[int]:
    """Frame rows below the header whose only filled cell is a page marker."""
    width = table.frame.width
    cells = [pl.col(column_name(i)).str.strip_chars().str.contains(_marker()).fill_null(False) for i in range(width)]
    below = table.frame.with_row_index("position").slice(layout.first_data_row)
    lone = below.filter(filled_cells(width) == 1)
    return lone.filter(pl.any_horizontal(cells)).get_column("position").to_list()


def page_markers_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    return rows_note(positions, plan, "page numbers ({}): not read as goods")
