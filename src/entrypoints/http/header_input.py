"""Header fields as a broker types them into a form, read as the header file writes them: 'cpt' is CPT, '3,5' is
3.5, 'Россия' or 'Türkiýe' a country's ISO code, 'автомобильный' transport mode 3. A value read no way stays as
typed, for the header rules to refuse with their reason."""

import re

from adapters.reading.countries import country_code
from adapters.reading.currencies import currency_code

COUNTRY_FIELDS = frozenset({
    "trading_country", "export_country", "first_destination_country", "destination_country", "origin_country",
    "transport_nationality",
})  # fmt: skip
CODE_FIELDS = frozenset({
    "declaration_type", "customs_office", "border_office", "incoterm", "preference", "package_kind",
})  # fmt: skip
NUMBER_FIELDS = frozenset({"exchange_rate", "external_freight", "insurance", "total_packages"})
MODE_FIELDS = frozenset({"transport_mode", "inland_mode"})
# UN/ECE Rec. 19 modes by the beginnings of their words in English, Russian and Turkmen
_MODES = (
    ("1", ("sea", "mari", "ship", "vessel", "морск", "мор", "судн", "deňiz", "gämi")),
    ("2", ("rail", "train", "железнодор", "ж/д", "жд", "поезд", "demir", "otly")),
    ("3", ("road", "truck", "lorry", "автомоб", "авто", "грузов", "awtoulag", "ulag", "ýük maşyn")),
    ("4", ("air", "plane", "авиа", "воздуш", "самол", "howa", "uçar")),
    ("5", ("post", "mail", "почт", "poçta")),
    ("7", ("pipe", "трубопр", "turba")),
    ("8", ("inland water", "river", "речн", "внутр", "derýa")),
)
_DECIMAL_COMMA = re.compile(r"^\d+,\d+$")


def as_the_header_writes(fields: dict[str, str]) -> dict[str, str]:
    """The fields with each value read as the header file writes it, where it can be."""
    return {name: _read(name, value.strip()) if value.strip() else value for name, value in fields.items()}


def _read(name: str, value: str) -> str:
    if name in COUNTRY_FIELDS and not re.fullmatch(r"[A-Z]{2}", value):
        return country_code(value) or value
    if name in CODE_FIELDS:
        return value.upper()
    if name == "currency":
        return value.upper() if re.fullmatch(r"[A-Za-z]{3}", value) else currency_code(value) or value
    if name in NUMBER_FIELDS:
        plain = re.sub(r"[\s\u00a0\u202f']", "", value)  # '1 250,00': spaces and apostrophes group thousands
        return plain.replace(",", ".") if _DECIMAL_COMMA.match(plain) else plain
    if name in MODE_FIELDS and not value.isdigit():
        lowered = value.lower()
        return next((digit for digit, words in _MODES if any(lowered.startswith(w) for w in words)), value)
    return value
