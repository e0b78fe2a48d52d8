"""Of several columns headed as a description, the one that names the goods."""

from adapters.reading.header_languages import header_languages
from adapters.reading.header_matching import MIN_SCORE, field_scores
from adapters.reading.table_cells import Row, text_of

_FEW_ROWS = 3  # rows below the header needed to tell a column that says next to nothing
_NEXT_TO_NOTHING = 1  # distinct values in such a column


def fullest_description(texts: list[str], chosen: dict[str, tuple[int, float]], rows: list[Row]) -> tuple[int, float]:
    """Of several columns headed as a description ('Наименование' and 'Description'), another one when the
    chosen one says next to nothing (one value, 'Товар', on every row) and the other says more."""
    first = chosen["description"]
    taken = {column for field, (column, _) in chosen.items() if field != "description"}
    languages = header_languages(texts)
    headed = [
        (column, score)
        for column, text in enumerate(texts)
        if text
        and column not in taken
        and text != texts[first[0]]
        and (score := field_scores(text, languages).get("description", 0.0)) >= MIN_SCORE
    ]

    def saying(column: int) -> int:
        return len({text_of(row[column]) for row in rows if column < len(row) and text_of(row[column])})

    if not headed or len(rows) < _FEW_ROWS or saying(first[0]) > _NEXT_TO_NOTHING:
        return first
    fullest = max(headed, key=lambda pair: saying(pair[0]))
    return fullest if saying(fullest[0]) > saying(first[0]) else first
