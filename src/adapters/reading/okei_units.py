"""The column of ОКЕИ unit codes a Russian form writes beside the unit's name ('Единица измерения / код по ОКЕИ' by
'... / наименование' in a ТОРГ-12, 'Код ОКЕИ'): where a line's unit name is empty or not one we know, its unit is
the one its code names ('796': pieces, '166': kilograms; units.toml [okei]). A unit name we know wins. The УПД
heads its column of codes 'Единица измерения код', beside '... условное обозначение (национальное)'."""

import re

from adapters.reading.code_headers import names_codes
from adapters.reading.header_matching import field_scores
from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import okei_unit_codes

_NAMES_OKEI = re.compile(r"(?:^| )(?:океи|okei)(?: |$)")
_CODE = re.compile(r"(\d{1,3})(?:[.,]0+)?")  # '006', or 6 as a workbook holds it as a number: '6', '6.0'


def _names_okei_codes(header: str) -> bool:
    return bool(_NAMES_OKEI.search(text_key(header))) or (names_codes(header) and "unit" in field_scores(header))


def okei_column(written: list[str], columns: dict[str, int]) -> int | None:
    """The column whose header names ОКЕИ codes, or unit codes ('Единица измерения код'): the unit's own column
    when its header does ('Ед. изм. (код ОКЕИ)'), or else a column no field is read from."""
    named = [column for column, text in enumerate(written) if text and _names_okei_codes(text)]
    unit = columns.get("unit")
    read = set(columns.values())
    return unit if unit in named else next((column for column in named if column not in read), None)


def okei_unit(text: str) -> str | None:
    """The Rec 20 code of an ОКЕИ code ('796' -> 'H87', '6' -> 'MTR'); None for a code not known."""
    code = _CODE.fullmatch(text.strip())
    return okei_unit_codes().get(code.group(1).zfill(3)) if code else None
