"""Headers of how many pieces one package holds ('Pieces per carton', 'Кол-во в упак.', 'Qty in box', 'Stück pro
Karton'): a quantity per package, neither the line's quantity nor its packages, so the column names no field."""

import re

from adapters.reading.text_keys import text_key

_PER = r"(?:per|in|each|в|на|pro|je|par|por)"  # not "во": "кол во мест" is the packages
_PACKAGE = (
    r"(?:упак|кор|ящ|мест|тар|меш|пач|палл|поддон|carton|ctn|box|pack|pkg|bag|case|bale|pallet|kart|koli|kolli|colis"
    r"|paket|kutu|krabic|opak|caja|caix|scatol|doboz)"
)
_PER_PACKAGE = re.compile(rf"(?:^| ){_PER} {_PACKAGE}")
# pieces over a package, as packing lists write it: 'Pcs/ctn', 'PCS / CTN', 'шт/кор'
_PIECES_OVER_PACKAGE = re.compile(rf"(?i)(?:^|[^\w])(?:pcs|pc|pieces|units|шт|штук|adet|stk)\s*/\s*{_PACKAGE}")


def names_a_quantity_per_package(header: str) -> bool:
    """'Кол-во в кор.', 'Pcs per ctn', 'Pcs/ctn', 'Menge pro Karton'; not 'Кол-во упак.' nor 'Number of cartons'."""
    return bool(_PER_PACKAGE.search(text_key(header)) or _PIECES_OVER_PACKAGE.search(header))
