"""Headers of a figure per package, as packing lists write them: 'QTY/CTN', 'PCS/CTN', 'N.W.(KG)/CTN', 'MEAS/CTN',
'G.W. per ctn', 'Кол-во в упак.', 'Qty in box', 'Menge pro Karton', '净重/箱', and the ТОРГ-12's 'Количество в одном
месте'. Such a column holds what one package holds or weighs, never the line's own figure: Chinese packing lists put
it beside the cartons and the line totals ('CTNS', 'TOTAL QTY', 'TOTAL N.W.'), and read as the line's it declared one
carton's masses for fifty."""

import re
import unicodedata

_PER = r"(?:per|in|each|в|на|pro|je|par|por)"  # not "во": "кол во мест" is the packages
_PACKAGE = (
    r"(?:упак|кор|ящ|мест|тар|меш|пач|палл|поддон|carton|ctn|box|pack|pkg|bag|case|bale|pallet|kart|koli|kolli|colis"
    r"|paket|kutu|krabic|opak|caja|caix|scatol|doboz|箱)"
)
_ONE = r"(?:1|one|одн(?:ом|ой|у|о|а))"  # 'в одном месте' of the ТОРГ-12: 'Количество' in one package
# 'per ctn', 'в упак.', 'pro 1 Karton', 'в одном месте'
_PER_PACKAGE = re.compile(rf"(?i)(?<![^\W\d_]){_PER}\s+(?:{_ONE}\s+)?{_PACKAGE}[^\W\d_]*\.?")
# a figure over a package: 'N.W./CTN', 'PCS / CTN', 'NW/CTN(KG)', 'шт/кор'; not 'Marks / Packing', whose second
# part names the packing
_OVER_PACKAGE = re.compile(rf"(?i)(?<=[\w.)\]])\s*/\s*(?!packing|packaging){_PACKAGE}[^\W\d_]*\.?")
# the words before a package word that make it a figure per package though they name no field: a volume
_VOLUME = re.compile(r"(?i)^(?:meas|cbm|vol|volume|m3|m³|объ[её]м)\b")


def _alphabet(letter: str | None) -> str | None:
    return None if letter is None else unicodedata.name(letter, "?").split()[0]


def _bilingual(header: str, over: re.Match[str]) -> bool:
    """'Кол-во / Boxes': the words before the slash and the package word are in two alphabets, so the header is
    one name in two languages, not a figure over a package ('净重/箱' and 'N.W./箱' are one)."""
    before = next((ch for ch in reversed(header[: over.start()]) if ch.isalpha()), None)
    after = next((ch for ch in over.group() if ch.isalpha()), None)
    scripts = {_alphabet(before), _alphabet(after)}
    return None not in scripts and len(scripts) == 2 and "CJK" not in scripts


def names_a_volume(figure: str) -> bool:
    """Whether the words before a package word are a volume ('MEAS', 'CBM', 'Объем'), a figure per package though
    no field of the line."""
    return _VOLUME.match(figure.strip()) is not None


def figure_per_package(header: str) -> str | None:
    """The header without the words making it per package ('N.W.(KG)' of 'N.W.(KG)/CTN', 'Кол-во' of 'Кол-во в
    упак.', 'Pcs' of 'Pcs per ctn'); None when the header gives no figure per package ('Number of cartons', 'Кол-во
    упак.', 'Qty ctns', 'Кол-во / Boxes')."""
    over = _OVER_PACKAGE.sub(lambda match: match.group() if _bilingual(header, match) else " ", header)
    figure = _PER_PACKAGE.sub(" ", over)
    return " ".join(figure.split()) if figure != header else None
