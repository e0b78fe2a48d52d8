"""The parts of a bilingual header written side by side in two scripts with no slash between them: '金额 AMOUNT',
'AMOUNT 金额', '毛重 G.W.(KG)', 'Сумма Amount'. Chinese exporters write their headers so, in either order, and each
half names the field alone as well as a header in one language would. A run in the other script that is only a
unit or a currency ('Вес нетто kg', 'Цена USD') is a note on the header, not a half of it (header_notes)."""

import re
import unicodedata

from adapters.reading.header_notes import names_unit_or_currency
from adapters.reading.text_keys import text_key

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_EDGE = re.compile(rf"(?<=[{_HAN}])(?=[^\W\d_{_HAN}])|(?<=[^\W\d_{_HAN}])(?=[{_HAN}])")
_SHORTEST_WORD = 3  # letters of an alphabetic half's longest word: 'QTY', 'Сумма'; not 'No', 'шт'


def _script(word: str) -> str | None:
    """The script of the word's first letter ('CJK', 'LATIN', 'CYRILLIC', ...); None for a word without one."""
    letter = next((ch for ch in word if ch.isalpha()), None)
    return None if letter is None else unicodedata.name(letter, "?").split()[0]


def _a_half(run: list[str]) -> bool:
    key = text_key(" ".join(run))
    if not key or names_unit_or_currency(key):
        return False
    longest = max(sum(ch.isalpha() for ch in word) for word in run)
    return _script(run[0]) == "CJK" or longest >= _SHORTEST_WORD


def script_parts(text: str) -> list[str]:
    """'金额 AMOUNT' -> ['金额', 'AMOUNT'], 'CTNS 箱数' -> ['箱数']; [] for a header in one script. Words without
    letters ('/', '1') join the run before them; Chinese glued to a word of another script ('金额AMOUNT') is apart."""
    runs: list[list[str]] = []
    for word in _HAN_EDGE.sub(" ", text).split():
        script = _script(word)
        if runs and (script is None or script == _script(runs[-1][0])):
            runs[-1].append(word)
        else:
            runs.append([word])
    return [" ".join(run) for run in runs if _a_half(run)] if len(runs) > 1 else []
