"""Headers, total rows and units in the suppliers' languages beyond English, Russian and Turkmen: the words that
tell the value from the price, the mass or the VAT, and a Polish list's letters not taken for Baltic ones."""

from decimal import Decimal

import pytest
from tests.adapters.reading.best_field import best_field

from adapters.reading import PolarsProductListReader
from adapters.reading.amount_headers import amount_preference
from adapters.reading.header_matching import field_scores
from adapters.reading.text_decoding import decode_text
from adapters.reading.units import unit_code

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Wartość netto", "value"), ("Waga netto", "net_mass"), ("Cena netto", "unit_price"),
        ("Waga brutto", "gross_mass"), ("Ilość opakowań", "packages"), ("Cena celkem bez DPH", "value"),
        ("Hmotnost brutto (kg)", "gross_mass"), ("Vámtarifaszám", "declared_code"), ("Ţara de origine", "origin"),
        ("Țara de origine", "origin"), ("Τιμή μονάδας", "unit_price"), ("Καθαρό βάρος", "net_mass"),
        ("מחיר ליחידה", "unit_price"), ("פרט מכס", "declared_code"), ("سعر الوحدة", "unit_price"),
        ("الوزن الصافي", "net_mass"), ("قیمت واحد", "unit_price"), ("قيمت واحد", "unit_price"),
        ("کد تعرفه", "declared_code"), ("Summa KM-ta", "value"), ("Neto svoris, kg", "net_mass"),
        ("Muitas kods", "declared_code"),
    ],
)  # fmt: skip
def test_headers_in_the_suppliers_languages(header: str, field: str) -> None:
    assert best_field(header) == field


@pytest.mark.parametrize("header", ["Kwota VAT", "DPH", "ΦΠΑ", "מע״מ", "ضريبة القيمة المضافة", "Suma PVM", "Tara"])
def test_the_vat_amount_and_the_tare_name_no_field(header: str) -> None:
    assert field_scores(header) == {}


def test_the_amount_without_vat_is_the_value_rather_than_the_one_with_it() -> None:
    text = "Nazwa towaru;Ilość;Wartość brutto, PLN;Wartość netto, PLN\nŁożyska kulkowe;40;590,40;480,00\n"
    listing = reader.read(text.encode("cp1250"), "faktura.csv")
    assert listing.columns["value"] == "Wartość netto, PLN"
    assert amount_preference("Kwota VAT") is None


@pytest.mark.parametrize("label", ["Razem", "Σύνολο", "KOPĀ", "Iš viso", "Összesen", "סה״כ", "المجموع", "جمع کل"])
def test_a_total_row_in_the_suppliers_language(label: str) -> None:
    """The label is matched as written, accents and all, not only as its key ('kopa')."""
    text = f"Description;Qty;Amount, EUR\nGloves;200;700,00\nScrews;1000;150,00\n{label};;850,00\n"
    listing = reader.read(text.encode(), "invoice.csv")
    assert len(listing.lines) == 2
    assert listing.totals.value == Decimal("850.00")


@pytest.mark.parametrize(
    ("written", "code"),
    [("szt.", "H87"), ("ks", "H87"), ("db", "H87"), ("buc", "H87"), ("τεμ.", "H87"), ("יח'", "H87"),
     ("قطعة", "H87"), ("عدد", "H87"), ("vnt.", "H87"), ("gab.", "H87"), ("tk", "H87"), ("κιλά", "KGM"),
     ("كيلوگرم", "KGM")],
)  # fmt: skip
def test_units_in_the_suppliers_languages(written: str, code: str) -> None:
    assert unit_code(written) == code


@pytest.mark.parametrize("words", ["Rękawice", "Pięć rękawic"])
def test_polish_in_cp1250_is_not_in_doubt_with_baltic(words: str) -> None:
    """Polish 'ę' is 'ź' in cp1257, which Polish writes only after a vowel or 'd' ('buźka', 'dźwig')."""
    decoded = decode_text(f"Description;Qty\n{words};5\n".encode("cp1250"), "list.csv")
    assert decoded.head.endswith(f"{words};5\n")
    assert decoded.doubt is None
