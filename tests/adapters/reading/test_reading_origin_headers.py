"""A column of certificate numbers ('C/O No') is not the origin column; 'C/O', 'Origin' and an origin header
whose note mentions a certificate ('Country of origin (as per certificate)') still are."""

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.header_matching import field_scores

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    "header",
    [
        "C/O No",
        "C/O No.",
        "CO No",
        "Certificate of origin No",
        "COO Nr",
        "C/O N°",
        "Сертификат происхождения №",
        "№ сертификата",
        "Sertifikat belgisi",
        "Cert. No",
    ],
)
def test_a_certificate_number_header_leaves_the_origin_to_the_country_column(header: str) -> None:
    listed = f"Description;Qty;Amount, USD;Net kg;{header};Country of origin\nLamp;2;10;1;TR-2026-00417;Türkiye\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    assert listing.columns.get("origin") == "Country of origin"
    assert listing.lines[0].origin == "TR"
    assert listing.lines[0].problems == []


def test_a_certificate_number_column_alone_is_no_origin_column() -> None:
    listed = "Description;Qty;Amount, USD;Net kg;C/O No\nLamp;2;10;1;TR-2026-00417\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    assert "origin" not in listing.columns
    assert listing.lines[0].origin is None
    assert listing.lines[0].problems == []


@pytest.mark.parametrize(
    "header",
    [
        "C/O",
        "Origin",
        "Country of origin",
        "Страна происхождения",
        "COO",
        "Country of origin (as per certificate)",
        "Страна происхождения (по сертификату)",
        "Origin (certified)",
        "Country of origin (cert. of origin attached)",
        "Origin (n/a if EU)",
        "Country of origin, as per certificate",
    ],
)
def test_origin_headers_still_name_the_origin(header: str) -> None:
    listed = f"Description;Qty;Amount, USD;Net kg;{header}\nLamp;2;10;1;China\n"
    listing = reader.read(listed.encode(), "invoice.csv")
    assert listing.columns["origin"] == header
    assert listing.lines[0].origin == "CN"


def test_a_header_naming_a_certificate_scores_for_no_field() -> None:
    assert field_scores("Certificate of origin") == {}
