"""A supplier's plain 9-digit code ('690721000') is Turkmenistan's national line only when the list is read for
Turkmenistan: the reader is told the declaring country's national lines (its declaration profile) and the HS
subheadings (the nomenclature) by whoever builds it, and reads no other adapter's data itself."""

import ast
from pathlib import Path

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.declaration.country_registry import DeclarationCountries
from adapters.reading import PolarsProductListReader
from application.ports.reader import NationalCodes
from entrypoints.container import Container

READING = Path(__file__).parents[3] / "src" / "adapters" / "reading"
hs_2022 = HsNomenclature()
reader = PolarsProductListReader(is_subheading=hs_2022.exists, national_codes=DeclarationCountries().national_codes)
TILES = b"Description,HS code,Quantity\nTiles,690721000,2\n"


def _national_codes(country: str) -> NationalCodes:
    """Turkmenistan's 9 digits, and an EAEU country's 10."""
    return {"TM": NationalCodes("Turkmenistan", 9), "KZ": NationalCodes("Kazakhstan", 10)}[country]


def test_a_national_code_of_nine_plain_digits_is_kept_when_its_hs6_exists() -> None:
    data = b"Description,HS code,Quantity\nTiles,690721000,2\nT-shirts,610910000,5\nOil,151219100,1\nMilk,402211000,3\n"
    tiles, shirts, oil, milk = reader.read(data, "codes.csv", country="TM").lines
    assert [tiles.declared_code, shirts.declared_code, oil.declared_code] == ["690721000", "610910000", "151219100"]
    assert not tiles.problems and not shirts.problems and not oil.problems
    assert milk.declared_code == "0402211000"  # 4022.11 is no subheading, 0402.21 is: a 10-digit code lost its zero
    assert "lost its leading zero" in milk.problems[0].reason


def test_nine_plain_digits_that_read_both_ways_are_the_national_code_with_a_warning() -> None:
    (line,) = reader.read(b"Description,HS code,Quantity\nDiamonds,710210000,2\n", "codes.csv", country="TM").lines
    assert line.declared_code == "710210000"  # 7102.10 (diamonds) and 0710.21 (frozen peas) both exist
    (warning,) = line.problems
    assert warning.reason == (
        "'710210000' is read as Turkmenistan's 9-digit national code 710210000; if it is a 10-digit code that lost its "
        "leading zero, it is 0710210000 (line 2 of the file)"
    )


def test_for_a_country_of_10_digit_lines_nine_plain_digits_are_a_code_that_lost_its_leading_zero() -> None:
    kazakh = PolarsProductListReader(is_subheading=hs_2022.exists, national_codes=_national_codes)
    (tiles,) = kazakh.read(TILES, "codes.csv", country="KZ").lines
    assert tiles.declared_code == "0690721000"
    (warning,) = tiles.problems
    assert "national code" not in warning.reason and "lost its leading zero" in warning.reason
    (tiles,) = kazakh.read(TILES, "codes.csv", country="TM").lines
    assert (tiles.declared_code, tiles.problems) == ("690721000", [])


def test_no_national_line_is_claimed_for_a_country_without_a_profile_or_none_named() -> None:
    for country in ("KZ", None):
        (tiles,) = reader.read(TILES, "codes.csv", country=country).lines
        assert tiles.declared_code == "0690721000", country
    (tiles,) = PolarsProductListReader().read(TILES, "codes.csv", country="TM").lines  # told no national lines
    assert tiles.declared_code == "0690721000"


def test_the_container_tells_the_reader_the_nomenclature_and_the_countries(tmp_path: Path) -> None:
    container = Container.for_command_line(data_dir=tmp_path)
    (tiles,) = container.reader().read(TILES, "codes.csv", country="TM").lines
    assert (tiles.declared_code, tiles.problems) == ("690721000", [])


def test_the_reading_adapter_imports_no_other_adapter() -> None:
    """Ports and the domain only: a second nomenclature in memory, or another adapter's rules, do not belong here."""
    for module in READING.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("adapters."):
                assert node.module.startswith("adapters.reading"), (module.name, node.module)
