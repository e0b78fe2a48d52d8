"""What a country's declaration schema is: its XSD, its commodity code split and its binding mapper."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from domain.declaration.declaration import Declaration


@dataclass(frozen=True)
class CountrySchema:
    """One country's ASYCUDA-shaped declaration; a new country is a new folder under `countries/`."""

    iso: str  # ISO 3166 alpha-2
    name: str
    xsd_path: Path
    national_code_length: int  # digits of a national tariff line
    commodity_digits: int  # of them, written to Commodity_code; the rest go to Precision_1
    national_currency: str  # ISO 4217
    taxpayer_code: re.Pattern[str]  # the country's own trader identification number
    taxpayer_code_shape: str  # the same, in words: "12 digits"
    to_binding: Callable[[Declaration, "CountrySchema"], object]  # domain -> xsdata binding root

    def schema_bytes(self) -> bytes:
        return self.xsd_path.read_bytes()
