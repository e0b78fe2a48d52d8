"""The declaration header of an upload: the form's fields over the account profile over the demo header.

Fields are flat strings (a form, a profile and a JSON body all carry them); each maps to a key of the
header file (examples/header.toml), so the same validation applies to both.
"""

FIELD_KEYS: dict[str, str] = {
    "declaration_type": "declaration.type",
    "general_procedure": "declaration.general_procedure",
    "customs_office": "declaration.customs_office",
    "place_of_declaration": "declaration.place",
    **{f"{role}_{part}": f"{role}.{part}" for role in ("exporter", "consignee", "declarant")
       for part in ("name", "code", "address")},
    "trading_country": "countries.trading",
    "export_country": "countries.export",
    "first_destination_country": "countries.first_destination",
    "destination_country": "countries.destination",
    "origin_country": "countries.origin",
    "transport_mode": "transport.border_mode",
    "transport_identity": "transport.identity",
    "transport_nationality": "transport.nationality",
    "inland_mode": "transport.inland_mode",
    "border_office": "transport.border_office",
    "incoterm": "delivery_terms.incoterm",
    "delivery_place": "delivery_terms.place",
    "currency": "invoice.currency",
    "exchange_rate": "invoice.exchange_rate",
    "external_freight": "costs.external_freight",
    "insurance": "costs.insurance",
    "preference": "procedure.preference",
    "extended_procedure": "procedure.extended",
    "national_procedure": "procedure.national",
    "package_kind": "packages.kind",
}  # fmt: skip
FIELD_OF_KEY = {key: field for field, key in FIELD_KEYS.items()}

# The parties and codes of examples/header.toml: invented, in a plausible shape, for trying Gumruk out.
DEMO_FIELDS: dict[str, str] = {
    "declaration_type": "IM",
    "general_procedure": "4",
    "customs_office": "TM0100",
    "exporter_name": "Anadolu Makina Sanayi ve Ticaret A.Ş.",
    "consignee_name": "«Ak Ýol Söwda» hojalyk jemgyýeti",
    "consignee_code": "102345678901",
    "declarant_name": "«Gümrük Dellal» hususy kärhanasy",
    "declarant_code": "101987654321",
    "trading_country": "TR",
    "export_country": "TR",
    "transport_mode": "3",
    "border_office": "TM0520",
    "incoterm": "DAP",
    "delivery_place": "Aşgabat",
    "currency": "USD",
    "exchange_rate": "3.5",
}


def unknown_fields(fields: dict[str, str]) -> list[str]:
    return sorted(set(fields) - set(FIELD_KEYS))


def header_table(country: str, *layers: dict[str, str]) -> dict[str, dict[str, str]]:
    """The header-file table of the merged fields; later layers win and blank values do not count.

    The declaring country is the destination (and first destination) unless a layer says otherwise.
    """
    fields = {"destination_country": country, "first_destination_country": country, **DEMO_FIELDS}
    for layer in layers:
        fields.update((name, value.strip()) for name, value in layer.items()
                      if name in FIELD_KEYS and value and value.strip())  # fmt: skip
    table: dict[str, dict[str, str]] = {}
    for name, value in fields.items():
        section, key = FIELD_KEYS[name].split(".")
        table.setdefault(section, {})[key] = value
    return table
