"""A VAT row in a list's footer is a charge, not a goods line, in whatever column its label stands and whatever
words go with the tax's name; the total above it stays the grand total."""

import pytest
from tests.adapters.reading.invoices import sheet_xlsx

from adapters.reading import PolarsProductListReader
from domain.goods.problems import Severity

reader = PolarsProductListReader()
ONE_C = (
    "№\tТовары (работы, услуги)\tКол-во\tЕд.\tЦена\tСумма\tСумма НДС\tМасса нетто, кг\r\n"
    "1\tГвозди строительные 4х100\t1000\tкг\t145,00\t145000,00\t29000,00\t1000\r\n"
    "2\tПерфоратор Интерскол П-26/800ЭР\t40\tшт\t8990,00\t359600,00\t71920,00\t132\r\n"
    "\t\t\t\tИтого:\t504600,00\t\t\r\n"
    "\t\t\t\tВ том числе НДС:\t\t100920,00\t\r\n"
    "\t\t\t\tВсего к оплате:\t605520,00\t\t\r\n"
)
TAX_NOTE = "taxes, fees, bank charges and payments on account are not part of the customs value"


def test_the_vat_row_of_a_1c_invoice_is_a_charge_and_the_total_above_it_the_grand_total() -> None:
    listing = reader.read(ONE_C.encode(), "schet.csv")
    assert [line.row for line in listing.lines] == [1, 2]
    assert listing.totals.value == 504600
    assert not listing.errors
    assert [p.reason for p in listing.problems if "charge" in p.reason] == [
        f"'В том числе НДС:' (line 5 of the file) is a charge, not goods: not declared as an item; {TAX_NOTE}"
    ]
    assert not any("subtotal" in p.reason for p in listing.problems)


def test_a_turkish_kdv_row_in_the_price_column_is_a_charge() -> None:
    rows: list[list[object]] = [
        ["Sıra No", "Description", "Miktar", "Birim", "Birim Fiyat (USD)", "Tutar (USD)", "Net Ağırlık (Kg)"],
        [1, "Çamaşır makinesi, 7 kg", 40, "Adet", 265, 10600, 2680],
        [2, "Buzdolabı, No-Frost, 460 lt", 25, "Adet", 412.5, 10312.5, 1850],
        [None, None, None, None, "Ara Toplam", "20.912,50 USD"],
        [None, None, None, None, "KDV (%0 - İhracat istisnası)", "0,00 USD"],
        [None, None, None, None, "Genel Toplam", "20.912,50 USD"],
        ["Menşei: mallar Türk menşeilidir. 3065 sayılı KDV Kanunu 11/1-a md. gereğince KDV'den istisnadır."],
    ]
    listing = reader.read(sheet_xlsx(rows), "fatura.xlsx")
    assert len(listing.lines) == 2
    assert not listing.errors
    assert [str(p) for p in listing.problems] == [
        "1 row below the total read as the footer and left out: 'Menşei: mallar Türk menşeilidir. 3065 sayılı KDV "
        "Kanunu 11/1-a md. gereğince KDV'den istisnadır.' (spreadsheet row 7)",
        f"'KDV (%0 - İhracat istisnası)' 0.00 USD (spreadsheet row 5) is a charge, not goods: not declared as an "
        f"item; {TAX_NOTE}",
    ]


@pytest.mark.parametrize(
    ("label", "column"),
    [
        ("MwSt. 19 %", 0),
        ("ƏDV 18%", 0),
        ("ҚҚС 12%", 0),
        ("incl. VAT, exempt under article 146", 0),
        ("Value added tax (zero rated export)", 0),
        ("в т.ч. НДС", 0),
        ("НДС не облагается", 2),
        ("Steuerfreie Ausfuhr, MwSt. 0 %", 2),
    ],
)
def test_a_tax_row_is_a_charge_in_whatever_words_and_column(label: str, column: int) -> None:
    header = "Description,Qty pcs,Unit Price USD,Amount USD,Net kg\n"
    cells = ["", "", "", "0.00", ""]
    cells[column] = f'"{label}"'
    rows = "Tractor tyre 18.4-34,20,390.00,7800.00,2100\nSteel wire rope 12 mm,1500,1.10,1650.00,810\n"
    listing = reader.read((header + rows + ",".join(cells) + "\nTOTAL,,,9450.00,2910\n").encode(), "invoice.csv")
    assert len(listing.lines) == 2
    assert [p.severity for p in listing.all_problems()] == [Severity.WARNING]
    assert f"'{label}' 0.00 USD (line 4 of the file) is a charge" in listing.problems[0].reason


def test_goods_named_after_a_tax_with_a_quantity_are_a_goods_line() -> None:
    csv = "Description,Qty,Amount USD,Net kg\nTax stamps for cigarettes,1000,50.00,2\nVAT-registered cash box,1,90,3\n"
    assert len(reader.read(csv.encode(), "invoice.csv").lines) == 2


@pytest.mark.parametrize("label", ["Tax-free gift boxes", "IVA helmet visors", "Vat"])
def test_goods_a_tax_word_opens_are_goods_lines_among_the_goods(label: str) -> None:
    csv = f"Description;Amount USD\nSteel bolts M8;40\n{label};20\nIVA helmet visors;10\nNuts M8;5\n"
    listing = reader.read(csv.encode(), "invoice.csv")
    assert [line.description for line in listing.lines] == ["Steel bolts M8", label, "IVA helmet visors", "Nuts M8"]
    assert not any("charge" in p.reason for p in listing.all_problems())


def test_a_list_of_goods_a_tax_word_opens_keeps_its_lines() -> None:
    listing = reader.read(b"Description;Amount USD\nTax-free gift boxes;20\nIVA helmet visors;10\n", "invoice.csv")
    assert [line.row for line in listing.lines] == [1, 2]


def test_a_row_a_tax_word_opens_below_the_goods_lines_is_a_charge() -> None:
    csv = "Description;Qty;Amount USD\nSteel bolts M8;100;40\nValue added tax (zero rated export);;0\nTOTAL;100;40\n"
    listing = reader.read(csv.encode(), "invoice.csv")
    assert [line.row for line in listing.lines] == [1]
    assert any("'Value added tax (zero rated export)'" in p.reason for p in listing.problems)
