"""CSV product lists: encodings, delimiters, quoting, decimal commas, total rows, in three languages."""

from decimal import Decimal

import pytest
from tests.adapters.reading import invoices

from adapters.reading import PolarsProductListReader, csv_table
from adapters.reading.csv_table import sniff_delimiter
from application.ports.reader import UnusableFile
from domain.goods.problems import Severity
from domain.measures import Mass, Money, Quantity

reader = PolarsProductListReader()


def test_russian_cp1251_semicolons_and_decimal_commas() -> None:
    listing = reader.read(invoices.russian_csv(), "счет-311.csv")
    film = listing.lines[1]
    assert film.description == "Пленка полиэтиленовая тепличная"
    assert film.quantity == Quantity(Decimal("1250.5"), "KGM")
    assert film.unit_price == Decimal("182.40")
    assert film.value == Money(Decimal("228091.20"), "RUB")
    assert film.net_mass == Mass(Decimal("1250.500"))
    assert film.origin == "BY"
    assert film.declared_code == "3920102500"
    assert listing.lines[0].quantity == Quantity(Decimal(20), "TNE")
    assert [line.quantity.unit for line in listing.lines if line.quantity] == ["TNE", "KGM", "H87", "PR"]


def test_a_stray_quote_inside_a_field_does_not_break_the_file() -> None:
    listing = reader.read(invoices.russian_csv(), "счет-311.csv")
    assert listing.lines[2].description == 'Шланг поливочный 3/4", бухта 25 м'


def test_the_itogo_row_becomes_printed_totals_and_the_signature_a_footer() -> None:
    listing = reader.read(invoices.russian_csv(), "счет-311.csv")
    assert len(listing.lines) == 4
    assert listing.totals.value == Decimal("932591.20")
    assert listing.totals.net_mass == Decimal("22430.500")
    assert listing.totals.gross_mass == Decimal("22666.000")
    signature = "'Главный бухгалтер ______ Петрова Е.И.'"
    footer = f"1 row below the total read as the footer and left out: {signature} (line 9 of the file)"
    assert [str(p) for p in listing.problems] == [footer]


def test_turkmen_headers_in_utf8_with_bom_and_quoted_fields() -> None:
    listing = reader.read(invoices.turkmen_csv(), "harytlar.csv")
    assert listing.columns["description"] == "Harydyň ady"
    assert listing.columns["origin"] == "Gelip çykan ýurdy"
    assert listing.currency == "USD"
    kettle = listing.lines[0]
    assert kettle.description == "Elektrik çäýnegi, 1,7 l"
    assert kettle.quantity == Quantity(Decimal(120), "H87")
    assert kettle.origin == "CN"
    assert [line.origin for line in listing.lines] == ["CN", "IR", "TR"]
    assert listing.totals.value == Decimal("4405.00")
    assert listing.all_problems() == []


def test_utf16_tab_separated_export() -> None:
    listing = reader.read(invoices.utf16_tab_csv(), "export.txt")
    assert listing.currency == "EUR"
    assert [line.value for line in listing.lines] == [
        Money(Decimal("1896.00"), "EUR"),
        Money(Decimal("2250.00"), "EUR"),
    ]
    assert listing.lines[1].quantity == Quantity(Decimal(30), "SET")


def test_utf16_without_a_bom_is_recognised() -> None:
    data = 'Description;Qty\nТелевизор LED 43";5\n'.encode("utf-16-le")
    assert reader.read(data, "tv.csv").lines[0].description == 'Телевизор LED 43"'


@pytest.mark.parametrize(
    "encoding",
    [
        "cp1251",
        "utf-8",
        "utf-8-sig",
        "koi8_r",
        "cp866",  # DOS Cyrillic
        "mac_cyrillic",
        "iso8859_5",  # ISO Cyrillic: 'А' is 0xB0, which cp1251 reads as '°'
        "utf-16",  # with a BOM
        "utf-16-le",  # without one, as some exports write it
        "utf-16-be",
    ],
)
def test_russian_text_survives_each_encoding(encoding: str) -> None:
    text = (
        "Наименование товара;Количество;Единица измерения;Страна происхождения\n"
        "Чайник электрический стеклянный;15;штук;Китай\n"
        "Сковорода чугунная с крышкой;40;штук;Россия\n"
        "ЯБЛОКИ СУШЁНЫЕ, Ящик 10 кг;2;кг;Узбекистан\n"
    )
    listing = reader.read(text.encode(encoding), "list.csv")
    assert listing.columns["description"] == "Наименование товара"
    assert [line.description for line in listing.lines] == [
        "Чайник электрический стеклянный",
        "Сковорода чугунная с крышкой",
        "ЯБЛОКИ СУШЁНЫЕ, Ящик 10 кг",
    ]
    assert [line.origin for line in listing.lines] == ["CN", "RU", "UZ"]


@pytest.mark.parametrize(
    "encoding", ["cp1252", "mac_roman", "cp850", "cp437", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]
)
def test_western_european_text_survives_each_encoding(encoding: str) -> None:
    """Mac Roman writes 'è' as 0x8F, which cp1252 leaves undefined and cp866 reads as 'П'; DOS Western (cp850,
    and cp437, which writes these letters alike) writes 'ü' as 0x81, 'è' as 0x8A."""
    text = (
        "Désignation;Quantité;Pays d'origine\n"
        "Cafetière à piston, 1 l;15;France\n"
        "Kugellager für Förderbänder;40;Allemagne\n"
        "Crème brûlée, Größe M;3;Österreich\n"
    )
    listing = reader.read(text.encode(encoding), "liste.csv")
    assert listing.columns["description"] == "Désignation"
    assert [line.description for line in listing.lines] == [
        "Cafetière à piston, 1 l",
        "Kugellager für Förderbänder",
        "Crème brûlée, Größe M",
    ]


def test_utf16_cut_inside_a_character_is_refused_naming_the_encoding() -> None:
    data = "Наименование;Кол-во\nЧай;1\nКофе;2".encode("utf-16-le")[:-1]
    with pytest.raises(UnusableFile, match=r"^list\.csv is not valid utf-16-le text \(line 3\); save it as UTF-8"):
        reader.read(data, "list.csv")


def test_a_utf8_mark_before_text_in_a_code_page_is_read_in_that_page_with_a_warning() -> None:
    data = b"\xef\xbb\xbf" + "品名,数量,单价(USD)\n电饭煲,300,12.5\n电水壶,20,8\n".encode("gbk")
    listing = reader.read(data, "cn.csv")
    assert [line.description for line in listing.lines] == ["电饭煲", "电水壶"]
    assert "starts with the UTF-8 mark but is written in gb18030" in " ".join(p.reason for p in listing.all_problems())


@pytest.mark.parametrize("start", ["x^", "x\x01", "x\u0680"])
def test_text_that_starts_like_a_compressed_stream_is_read_as_text(start: str) -> None:
    """Polars takes bytes starting 78 5E, 78 01 or 78 DA (zlib), 1F 8B (gzip) or 28 B5 2F FD (zstd) for a
    compressed file and fails on them; as text, 'x^2' is a header like any other."""
    listing = reader.read(f"{start}2;Description;Qty\n1;Tea;2\n".encode(), "list.csv")
    assert [(line.description, line.quantity) for line in listing.lines] == [("Tea", Quantity(Decimal(2), "H87"))]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("a;b;c\n1,5;2,5;3\n4;5;6\n", ";"),
        ("a,b,c\n1,2,3\n4,5,6\n", ","),
        ("a\tb\tc\n1,5\t2\t3\n", "\t"),
        ('Title only\na,b\n"1,5",2\n', ","),
    ],
)
def test_the_delimiter_is_the_one_that_splits_rows_evenly(text: str, delimiter: str) -> None:
    assert sniff_delimiter(text) == delimiter


def test_codes_keep_their_leading_zeros() -> None:
    data = b"Description,HS code,Quantity\nBlack tea,0902.40.00.00,10\nCoffee,0901 21 000 0,5\n"
    listing = reader.read(data, "tea.csv")
    assert [line.declared_code for line in listing.lines] == ["0902400000", "0901210000"]


def test_a_national_code_written_in_groups_keeps_its_chapter() -> None:
    data = b"Description,HS code,Quantity\nLaptop,8471.30.000,2\nPrinter parts,8443 99 000,5\nTea,902400000,1\n"
    laptop, parts, tea = reader.read(data, "codes.csv").lines
    assert (laptop.declared_code, parts.declared_code) == ("847130000", "844399000")  # Turkmenistan's 9 digits
    assert not laptop.problems and not parts.problems
    assert tea.declared_code == "0902400000"  # one number of odd length: a spreadsheet dropped its zero
    (warning,) = tea.problems
    assert "lost its leading zero" in warning.reason


def test_chapter_00_is_no_commodity_code() -> None:
    (line,) = reader.read(b"Description,HS code,Quantity\nLaptop,0000.00.000,2\n", "codes.csv").lines
    assert line.declared_code is None
    (warning,) = line.problems
    assert warning.reason.startswith("'0000.00.000' is not a commodity code (the HS chapters run from 01 to 97)")


def test_a_column_of_only_ambiguous_numbers_is_read_as_the_file_suggests_and_said_so() -> None:
    listing = reader.read(b"Description;Net weight\nBolts;1.250\nNuts;2.500\n", "bolts.csv")
    assert [line.net_mass for line in listing.lines] == [Mass(Decimal(1250)), Mass(Decimal(2500))]
    (note,) = listing.problems
    assert note.column == "Net weight"
    assert note.reason == "'1.250' could be read two ways; it is read as 1250, with ',' as the decimal separator"


def test_one_unambiguous_value_settles_the_column() -> None:
    listing = reader.read(b"Description;Net weight\nBolts;1.250\nNuts;2.5\n", "bolts.csv")
    assert [line.net_mass for line in listing.lines] == [Mass(Decimal("1.250")), Mass(Decimal("2.5"))]
    assert listing.problems == []


def _shifted(row: int, cells: int, usual: str, line: int) -> str:
    return (
        f"row {row}: {cells} cells where {usual}: a stray ';' in a cell moves the cells after it one column right, "
        f"so the row's values cannot be trusted; put that cell in quotes or take out the ';' (line {line} of the file)"
    )


def test_fields_beyond_the_header_in_most_rows_are_a_warning_naming_the_row() -> None:
    """A column the header does not name: no cell is moved, the column is only not read."""
    data = b"Description,Amount,Net weight\nDrill,100,5,EXTRA\nHelmet,50,1,EXTRA,MORE\nGloves,10,,MORE\n"
    listing = reader.read(data, "ragged.csv")
    assert [str(p) for p in listing.lines[0].problems] == [
        "row 1: 1 field is beyond the last header column, left out (line 2 of the file)"
    ]
    assert str(listing.lines[1].problems[0]) == (
        "row 2: 5 cells where most rows have 4: a stray ',' in a cell moves the cells after it one column right, so "
        "the row's values cannot be trusted; put that cell in quotes or take out the ',' (line 3 of the file)"
    )


def test_a_long_row_far_below_the_head_is_read_whole_and_refused() -> None:
    rows = ["Description;Qty"] + [f"Bolt {n};{n}" for n in range(1, 400)] + ["Nut;5;left over"]
    listing = reader.read("\n".join(rows).encode(), "ragged.csv")
    assert len(listing.lines) == 400
    (problem,) = listing.lines[-1].problems
    assert (problem.row, problem.severity, str(problem)) == (
        400,
        Severity.ERROR,
        _shifted(400, 3, "the header has 2", 401),
    )


def test_a_row_with_a_few_fields_too_many_keeps_the_fast_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow_reader(*_: object) -> None:
        raise AssertionError("the file went to the pure-Python reader")

    monkeypatch.setattr(csv_table, "_python_csv", slow_reader)
    rows = ["Description;Qty"] + [f"Bolt {n};{n}" for n in range(1, 400)] + ["Nut;5;left;over;too", "Washer;7;"]
    listing = reader.read("\n".join(rows).encode(), "ragged.csv")
    assert [line.description for line in listing.lines[-2:]] == ["Nut", "Washer"]
    assert [str(p) for line in listing.lines for p in line.problems] == [
        _shifted(400, 5, "the header has 2", 401),
        _shifted(401, 3, "the header has 2", 402),  # its last cell is empty, but it may have been moved there
    ]


def test_a_row_with_very_many_fields_too_many_is_still_read_and_refused() -> None:
    rows = ["Description;Qty", "Bolt;1", "Nut;5;" + ";".join(["x"] * 60)]
    listing = reader.read("\n".join(rows).encode(), "ragged.csv")
    assert str(listing.lines[1].problems[0]) == _shifted(2, 62, "the header has 2", 3)


TURKISH = (
    "Ürün Adı;Miktar;Birim;Birim Fiyat;Tutar;Net Ağırlık;Brüt Ağırlık;Menşei\n"
    "Çelik boru, dikişsiz, 3 inç;1.200;m;4,50;5.400,00;3.600,0;3.750,0;Türkiye\n"
    "Pamuklu kumaş, boyalı, ağırlık 200 g/m²;2.500;m;2,10;5.250,00;500,0;540,0;TR\n"
    "Kuru kayısı, şekersiz;1.000;kg;6,00;6.000,00;1.000,0;1.080,0;TR\n"
)
TURKMEN = (
    "Harydyň ady;Mukdary;Ölçeg birligi;Gelip çykan ýurdy\n"
    "Elektrik çäýnegi, 1,7 l;120;sany;Hytaý\n"
    "Pomidor pastasy;900;kg;Eýran\n"
    "Polietilen turba, 32 mm;2500;m;Türkiýe\n"
    "Gök çaý, gaplanan;200;kg;Hindistan\n"
    "Aýakgap, erkek, deriden;300;jübüt;Türkiýe\n"
    "Şokolad, süýtli;150;kg;Russiýa\n"
)


@pytest.mark.parametrize(("text", "encoding"), [(TURKISH, "cp1254"), (TURKMEN, "cp1250")])
def test_turkish_and_turkmen_latin_code_pages_are_told_apart(text: str, encoding: str) -> None:
    listing = reader.read(text.encode(encoding), "list.csv")
    header, *rows = text.splitlines()
    assert listing.columns["description"] == header.split(";")[0]
    assert [line.description for line in listing.lines] == [row.split(";")[0] for row in rows]
    assert all(line.origin for line in listing.lines)


@pytest.mark.parametrize("encoding", ["cp1252", "cp1250", "cp1254"])
def test_german_reads_the_same_in_any_latin_code_page(encoding: str) -> None:
    text = "Description;Qty\nSchrauben, Größe M8;10\nKugellager für Förderbänder;200\n"
    listing = reader.read(text.encode(encoding), "liste.csv")
    assert [line.description for line in listing.lines] == ["Schrauben, Größe M8", "Kugellager für Förderbänder"]


def test_a_line_pasted_in_utf8_into_a_cp1251_file_keeps_its_letters() -> None:
    data = "Наименование;Кол-во\nМука пшеничная;10\n".encode("cp1251") + "Чай чёрный;1\n".encode()

    product_list = reader.read(data, "mixed.csv")

    assert [line.description for line in product_list.lines] == ["Мука пшеничная", "Чай чёрный"]


def test_one_stray_byte_garbles_its_line_only() -> None:
    data = "Наименование;Кол-во\nМука пшеничная;10\n".encode() + b"\xff\xfeBad;1\n" + "Чай;2\n".encode()

    product_list = reader.read(data, "stray.csv")

    descriptions = [line.description for line in product_list.lines]
    assert descriptions[0] == "Мука пшеничная" and descriptions[2] == "Чай"
    assert descriptions[1].endswith("Bad")  # the stray bytes garble their own line only


def test_a_header_repeated_on_a_later_page_is_no_product_line_and_is_said() -> None:
    data = b"Description;Quantity;Amount USD\nTea;10;50\nDescription;Quantity;Amount USD\nCoffee;2;30\n"

    product_list = reader.read(data, "pages.csv")

    assert [line.description for line in product_list.lines] == ["Tea", "Coffee"]
    assert [line.row for line in product_list.lines] == [1, 3]  # the rows below keep their numbers
    assert "the header is repeated below the first page (line 3 of the file): not read as goods" in [
        problem.reason for problem in product_list.problems
    ]


def test_units_written_in_the_number_cells_are_read_with_the_number() -> None:
    data = (
        "Description;Quantity;Amount USD;Net weight;Gross weight\n"
        "Tea;100 шт;50;20 кг;21 kg\nCoffee;12kg;30;12;13\nSugar;1 200 pcs.;60;500 g;510\n"
    ).encode()

    lines = reader.read(data, "units.csv").lines

    assert [(line.quantity, line.net_mass) for line in lines[:2]] == [
        (Quantity(Decimal(100), "H87"), Mass(Decimal(20))),
        (Quantity(Decimal(12), "KGM"), Mass(Decimal(12))),
    ]
    assert lines[2].quantity == Quantity(Decimal(1200), "H87")
    assert [problem.reason for problem in lines[2].problems] == ["'500 g' is not a number (line 4 of the file)"]


def test_chapter_00_is_no_commodity_code_on_a_clean_row_either() -> None:
    (line,) = reader.read(b"Description,HS code,Quantity\nLaptop,0012345678,2\n", "codes.csv").lines
    assert line.declared_code is None


def test_a_lone_carriage_return_among_windows_line_ends_is_a_line_break_no_line_is_lost() -> None:
    """A hostile trial's file: the tea line after a lone CR was read into the row above and left out silently."""
    text = (
        "Description,Quantity,Unit,Amount,Net weight kg,Remarks\r\n"
        "Washing machine 6 kg,20,pcs,4800,1260,ok\r\n"
        "Sunflower oil 5 l,1500,l,1725,1380,ok\r"
        'Black tea 100 g,800,kg,4160,800,"two\rlines"\r\n'
    )
    listing = reader.read(text.encode(), "mixed.csv")
    assert [line.description for line in listing.lines] == [
        "Washing machine 6 kg",
        "Sunflower oil 5 l",
        "Black tea 100 g",
    ]
    assert sum(line.value.amount for line in listing.lines if line.value) == Decimal("10685")
    assert not [p for line in listing.lines for p in line.problems if p.severity is Severity.ERROR]
