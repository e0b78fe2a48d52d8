"""Turkmenistan: 9-digit national commodity codes written 8 + 1, manat, 12-digit taxpayer codes."""

import re
from pathlib import Path

from adapters.declaration.countries.tm.mapper import to_asycuda
from adapters.declaration.country import CountrySchema

COUNTRY = CountrySchema(
    iso="TM",
    name="Turkmenistan",
    xsd_path=Path(__file__).with_name("declaration.xsd"),
    national_code_length=9,
    commodity_digits=8,
    national_currency="TMT",
    taxpayer_code=re.compile(r"\d{12}"),
    taxpayer_code_shape="12 digits",
    to_binding=to_asycuda,
)
