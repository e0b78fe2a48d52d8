"""The declaration header of an upload: the form's fields over the account profile; nothing invented.

Fields are flat strings (a form, a profile and a JSON body all carry them); each maps to a key of the
header file (examples/header-tk.toml explains every key), so the same validation applies to both.
"""

import json
from decimal import Decimal

from domain.declaration.header import DeclarationHeader

# Each field: its key in the header file, and the box it fills as DeclarationHeader names it (the attribute path
# that header.missing and the header gaps use). The one table of these names; the maps below are drawn from it.
_FIELDS: dict[str, tuple[str, str]] = {
    "declaration_type": ("declaration.type", "declaration_type"),
    "general_procedure": ("declaration.general_procedure", "general_procedure"),
    "customs_office": ("declaration.customs_office", "customs_office"),
    "place_of_declaration": ("declaration.place", "place_of_declaration"),
    **{f"{role}_{part}": (f"{role}.{part}", f"{role}.{part}") for role in ("exporter", "consignee", "declarant")
       for part in ("name", "code", "address")},
    "trading_country": ("countries.trading", "trading_country"),
    "export_country": ("countries.export", "export_country"),
    "first_destination_country": ("countries.first_destination", "first_destination_country"),
    "destination_country": ("countries.destination", "destination_country"),
    "origin_country": ("countries.origin", "default_origin"),
    "transport_mode": ("transport.border_mode", "transport.border_mode"),
    "transport_identity": ("transport.identity", "transport.identity"),
    "transport_nationality": ("transport.nationality", "transport.nationality"),
    "inland_mode": ("transport.inland_mode", "transport.inland_mode"),
    "border_office": ("transport.border_office", "border_office"),
    "incoterm": ("delivery_terms.incoterm", "delivery_terms.incoterm"),
    "delivery_place": ("delivery_terms.place", "delivery_terms.place"),
    "currency": ("invoice.currency", "currency"),
    "exchange_rate": ("invoice.exchange_rate", "exchange_rate"),
    "external_freight": ("costs.external_freight", "external_freight"),
    "insurance": ("costs.insurance", "insurance"),
    "preference": ("procedure.preference", "preference"),
    "extended_procedure": ("procedure.extended", "extended_procedure"),
    "national_procedure": ("procedure.national", "national_procedure"),
    "package_kind": ("packages.kind", "package_kind"),
    "total_packages": ("packages.total", "total_packages"),
}  # fmt: skip
FIELD_KEYS = {field: key for field, (key, _) in _FIELDS.items()}
FIELD_OF_KEY = {key: field for field, key in FIELD_KEYS.items()}
FIELD_OF_BOX = {box: field for field, (_, box) in _FIELDS.items()}
BOX_OF_KEY = dict(_FIELDS.values())

# What the service assumes when nobody says otherwise: an import released for free circulation (IM 4), as the
# header's extended procedure 4000 is. Nothing else is assumed: parties, offices, countries, terms and currency
# come from the upload form or the account's saved fields, and a declaration without them is incomplete.
DEFAULT_FIELDS: dict[str, str] = {"declaration_type": "IM", "general_procedure": "4"}


def unknown_fields(fields: dict[str, str]) -> list[str]:
    return sorted(set(fields) - set(FIELD_KEYS))


def header_table(country: str, *layers: dict[str, str]) -> dict[str, dict[str, str]]:
    """The header-file table of the merged fields; later layers win and blank values do not count.

    The declaring country is the destination (and first destination) unless a layer says otherwise. A layer that
    changes the currency without a rate drops the earlier layers' rate, which was of the other currency: box 23 is
    then missing and asked for, never carried over.
    """
    fields = {"destination_country": country, "first_destination_country": country, **DEFAULT_FIELDS}
    for layer in layers:
        stated = {name: value.strip() for name, value in layer.items()
                  if name in FIELD_KEYS and value and value.strip()}  # fmt: skip
        if _changes_currency(fields, stated) and "exchange_rate" not in stated:
            fields.pop("exchange_rate", None)
        fields.update(stated)
    table: dict[str, dict[str, str]] = {}
    for name, value in fields.items():
        section, key = FIELD_KEYS[name].split(".")
        table.setdefault(section, {})[key] = value
    return table


def _changes_currency(fields: dict[str, str], stated: dict[str, str]) -> bool:
    before, after = fields.get("currency"), stated.get("currency")
    return before is not None and after is not None and before.upper() != after.upper()


def header_file_text(table: dict[str, dict[str, str]]) -> bytes:
    """The table as a header file; JSON strings (non-ASCII kept) are TOML basic strings."""
    lines = []
    for section, values in table.items():
        lines.append(f"[{section}]")
        lines += [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    return "\n".join(lines).replace("\x7f", "").encode("utf-8")


def fields_of(header: DeclarationHeader) -> dict[str, str]:
    """The header as the fields that make it again (blank and missing boxes left out), to change some of them."""
    fields = {}
    for name, (_, box) in _FIELDS.items():
        value: object = header
        for part in box.split("."):
            value = getattr(value, part)
        if value is not None and str(value) and box not in header.missing:
            fields[name] = str(value)
    return {name: value for name, value in fields.items() if not _unset_cost(name, value)}


def _unset_cost(name: str, value: str) -> bool:
    return name in ("external_freight", "insurance") and Decimal(value) == 0
