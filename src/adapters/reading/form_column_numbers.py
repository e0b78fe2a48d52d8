"""Official forms number their columns in a row under the header (the Russian счёт-фактура and ТОРГ-12: '1', '2',
'2а', '3', ... '10а', '11'): that row is no goods line. Read as one it gave "no words to classify in '1'" and
"'10а' is not a country we know". The УПД letters its first columns 'А' and 'Б' in that row."""

import re
from itertools import pairwise

import polars as pl

from adapters.reading.header_detection import HeaderLayout
from adapters.reading.reading_plan import ReadingPlan
from adapters.reading.row_notes import rows_note
from domain.goods.problems import RowProblem

_LOOKED_AT = 3  # rows right under the header a form's numbering may stand in
_FEWEST = 3  # numbered columns that make a numbering, not a line of small figures
_COLUMN_NUMBER = re.compile(r"\d{1,2}[а-яa-z]?", re.IGNORECASE)  # '10а': a column a form added after the 10th
_COLUMN_LETTER = re.compile(r"[АБВAB]")  # the УПД's 'А' (its line number) and 'Б', Cyrillic or typed Latin


def column_number_rows(frame: pl.DataFrame, layout: HeaderLayout, repeated: list[int]) -> list[int]:
    """Rows right under the header, or right under the header `repeated` on a later page, whose filled cells, read
    left to right, number the columns: '1', '2', '2а', ... rising, one of them '1'."""
    under_repeats = {row + 1 for row in repeated} - set(repeated)
    looked_at = sorted({*range(layout.first_data_row, layout.first_data_row + _LOOKED_AT), *under_repeats})
    found = []
    for position in (row for row in looked_at if row < frame.height):
        cells = [str(cell).strip() for cell in frame.row(position) if cell is not None and str(cell).strip()]
        if len(cells) >= _FEWEST and _numbers_the_columns(cells):
            found.append(position)
    return found


def _numbers_the_columns(cells: list[str]) -> bool:
    if not all(_COLUMN_NUMBER.fullmatch(cell) or _COLUMN_LETTER.fullmatch(cell) for cell in cells):
        return False
    numbers = [int(re.sub(r"\D", "", cell)) for cell in cells if _COLUMN_NUMBER.fullmatch(cell)]
    if len(numbers) < _FEWEST:
        return False
    rising = all(later >= earlier for earlier, later in pairwise(numbers))
    return rising and numbers[0] <= 1 and len(set(numbers)) > len(numbers) // 2


def column_numbers_note(positions: list[int], plan: ReadingPlan) -> list[RowProblem]:
    return rows_note(positions, plan, "the form's column numbers ({}) are not read as goods")
