"""Headers of a figure per package, as packing lists write them: 'QTY/CTN', 'PCS/CTN', 'N.W.(KG)/CTN', 'MEAS/CTN',
'G.W. per ctn', 'Кол-во в упак.', 'Qty in box', 'Menge pro Karton', '净重/箱'. Such a column holds what one package
holds or weighs, never the line's own figure: Chinese packing lists put it beside the cartons and the line totals
('CTNS', 'TOTAL QTY', 'TOTAL N.W.'), and read as the line's it declared one carton's masses for fifty."""

import re

_PER = r"(?:per|in|each|в|на|pro|je|par|por)"  # not "во": "кол во мест" is the packages
_PACKAGE = (
    r"(?:упак|кор|ящ|мест|тар|меш|пач|палл|поддон|carton|ctn|box|pack|pkg|bag|case|bale|pallet|kart|koli|kolli|colis"
    r"|paket|kutu|krabic|opak|caja|caix|scatol|doboz|箱)"
)
# 'per ctn', 'в упак.', 'pro 1 Karton'
_PER_PACKAGE = re.compile(rf"(?i)(?<![^\W\d_]){_PER}\s+(?:1\s+)?{_PACKAGE}[^\W\d_]*\.?")
# a figure over a package: 'N.W./CTN', 'PCS / CTN', 'NW/CTN(KG)', 'шт/кор'; not 'Marks / Packing', whose second
# part names the packing
_OVER_PACKAGE = re.compile(rf"(?i)(?<=[\w.)\]])\s*/\s*(?!packing|packaging){_PACKAGE}[^\W\d_]*\.?")


def figure_per_package(header: str) -> str | None:
    """The header without the words making it per package ('N.W.(KG)' of 'N.W.(KG)/CTN', 'Кол-во' of 'Кол-во в
    упак.', 'Pcs' of 'Pcs per ctn'); None when the header gives no figure per package ('Number of cartons', 'Кол-во
    упак.', 'Qty ctns')."""
    figure = _PER_PACKAGE.sub(" ", _OVER_PACKAGE.sub(" ", header))
    return " ".join(figure.split()) if figure != header else None
