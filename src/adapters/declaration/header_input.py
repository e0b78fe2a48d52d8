"""Header fields as a broker types them into a form or a header file, read as the header file writes them: 'cpt'
is CPT, and so is 'СРТ' typed on a Cyrillic keyboard; '3,5' is 3.5, 'Россия' or 'Türkiýe' a country's ISO code,
'автомобильный' transport mode 3, 'коробки' package kind BX. A value read no way stays as typed, for the header
rules to refuse with their reason."""

import re
from typing import Any

from adapters.reading.countries import country_code
from adapters.reading.currencies import currency_code
from adapters.reading.package_kinds import package_kind_code
from application.pipeline.header_fields import FIELD_OF_KEY

COUNTRY_FIELDS = frozenset({
    "trading_country", "export_country", "first_destination_country", "destination_country", "origin_country",
    "transport_nationality",
})  # fmt: skip
CODE_FIELDS = frozenset({
    "declaration_type", "customs_office", "border_office", "incoterm", "preference",
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
# Cyrillic letters drawn as Latin ones: a code typed on a Russian keyboard ('СРТ', 'ТМ0100') reads as meant
_LOOK_ALIKES = str.maketrans("АВЕКМНОРСТХУІаекморстху", "ABEKMHOPCTXYIaekmopctxy")
_LATIN_CODE = re.compile(r"[A-Za-z0-9]+")


def as_the_header_writes(fields: dict[str, str]) -> dict[str, str]:
    """The fields with each value read as the header file writes it, where it can be."""
    return {name: _read(name, value.strip()) if value.strip() else value for name, value in fields.items()}


def as_the_header_file_writes(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """A parsed header file with each field's text read as a form's is (its keys dotted, as FIELD_OF_KEY has them)."""
    read: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            read[key] = as_the_header_file_writes(value, f"{dotted}.")
        elif isinstance(value, str) and value.strip() and dotted in FIELD_OF_KEY:
            read[key] = _read(FIELD_OF_KEY[dotted], value.strip())
        else:
            read[key] = value
    return read


def _read(name: str, value: str) -> str:
    reader = _READERS.get(name)
    return reader(value) if reader else value


def _country(value: str) -> str:
    code = _latin(value)
    return code if re.fullmatch(r"[A-Z]{2}", code) else country_code(value) or value


def _code(value: str) -> str:
    return _latin(value).upper()


def _package_kind(value: str) -> str:
    code = _latin(value)
    return code.upper() if _LATIN_CODE.fullmatch(code) else package_kind_code(value) or value


def _currency(value: str) -> str:
    code = _latin(value)
    return code.upper() if re.fullmatch(r"[A-Za-z]{3}", code) else currency_code(value) or value


def _number(value: str) -> str:
    plain = re.sub(r"[\s\u00a0\u202f']", "", value)  # '1 250,00': spaces and apostrophes group thousands
    return plain.replace(",", ".") if _DECIMAL_COMMA.match(plain) else plain


def _mode(value: str) -> str:
    if value.isdigit():
        return value
    lowered = value.lower()
    return next((digit for digit, words in _MODES if any(lowered.startswith(w) for w in words)), value)


_READERS = {
    **dict.fromkeys(COUNTRY_FIELDS, _country), **dict.fromkeys(CODE_FIELDS, _code),
    "package_kind": _package_kind, "currency": _currency, **dict.fromkeys(NUMBER_FIELDS, _number),
    **dict.fromkeys(MODE_FIELDS, _mode),
}  # fmt: skip


def _latin(value: str) -> str:
    """The value in Latin letters when it is a code some of whose letters were typed in Cyrillic; else as typed."""
    latin = value.translate(_LOOK_ALIKES)
    return latin if _LATIN_CODE.fullmatch(latin) else value
