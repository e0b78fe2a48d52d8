"""Which tariff field a header names, in English, Russian or Turkmen, and the language of a description column.

'Наименование (рус.)' -> (description, ru); 'Ady' -> (description, None: the language is read from the text);
'Ölçeg birligi' -> (unit, None). The longest synonym found as whole words in the header wins, so
'Код единицы измерения' is the unit, not the code.
"""

from functools import cache

from adapters.reading.text_keys import text_key

_SYNONYMS = {
    "code": ["code", "codes", "hs code", "commodity code", "tariff code", "tariff line", "national code", "cn code",
             "код", "код тн вэд", "тн вэд", "код товара", "товарная позиция", "kod", "kody", "haryt kody",
             "harydyn kody", "dtn kody"],
    "description": ["description", "name", "goods", "goods description", "description of goods", "text",
                    "наименование", "описание", "наименование товара", "наименование позиции", "ady", "haryt ady",
                    "harydyn ady", "beyany", "atlandyrylysy", "harydyn atlandyrylysy"],
    "unit": ["unit", "units", "supplementary unit", "suppl unit", "uom", "unit of measure", "ед изм", "ед", "доп ед",
             "доп ед изм", "единица измерения", "единицы измерения", "дополнительная единица измерения",
             "olceg birligi", "gosmaca olceg birligi", "birlik", "olceg"],
    "valid_from": ["valid from", "from", "effective from", "start", "start date", "действует с", "дата начала",
                   "начало действия", "с", "dan", "guyje girýan senesi", "baslangyc senesi", "baslanyan senesi"],
    "valid_to": ["valid to", "valid until", "to", "until", "effective to", "end", "end date", "действует по",
                 "действует до", "дата окончания", "окончание действия", "по", "до", "cenli", "tamamlanyan senesi",
                 "gutaryan senesi"],
}  # fmt: skip
_LANGUAGE_TAGS = {
    "en": ["en", "eng", "english", "англ", "английский", "английском", "inlisce", "inlis"],
    "ru": ["ru", "rus", "russian", "рус", "русский", "русском", "rusca"],
    "tk": ["tk", "tm", "tkm", "turkmen", "туркм", "туркменский", "туркменском", "turkmence"],
}
_TAG_FILLER = {"на", "языке", "dilinde", "in"}


@cache
def _synonyms() -> dict[str, list[str]]:
    return {field: [text_key(s) for s in names] for field, names in _SYNONYMS.items()}


@cache
def _tags() -> dict[str, str]:
    return {text_key(tag): language for language, tags in _LANGUAGE_TAGS.items() for tag in tags}


def tariff_field(header: str) -> tuple[str | None, str | None]:
    """(field, language named in the header) for one header cell; (None, None) when it names no field."""
    words = text_key(header).split()
    tags = _tags()
    language = next((tags[w] for w in words if w in tags), None)
    rest = [w for w in words if w not in tags and w not in _TAG_FILLER] if language else words
    padded = f" {' '.join(rest)} "
    best: tuple[int, str | None] = (0, None)
    for field, synonyms in _synonyms().items():
        for synonym in synonyms:
            whole = padded.strip() == synonym
            if (whole or (len(synonym) >= 4 and f" {synonym} " in padded)) and len(synonym) + 100 * whole > best[0]:
                best = (len(synonym) + 100 * whole, field)
    return best[1], language if best[1] == "description" else None
