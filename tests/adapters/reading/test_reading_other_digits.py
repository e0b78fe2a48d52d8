"""Persian, Arabic-Indic and full-width digits, and the Arabic separators '٬' (thousands) and '٫' (decimals), in
number and commodity code cells."""

from decimal import Decimal

import pytest

from adapters.reading import PolarsProductListReader
from adapters.reading.numbers import parse_number

reader = PolarsProductListReader()


@pytest.mark.parametrize(
    ("written", "decimal_comma", "expected"),
    [
        ("۵٬۰۰۰", False, "5000"), ("۵٬۰۰۰", True, "5000"), ("۴۹٬۰۰۰٫۰۰", False, "49000.00"),
        ("۴۹٬۰۰۰٫۰۰", True, "49000.00"), ("۹٫۸۰", True, "9.80"), ("۱٫۲۳۴", True, "1.234"),
        ("۱۲٬۳۴۵٬۶۷۸", True, "12345678"),
        ("٤٥٫٥", False, "45.5"), ("١٬٢٠٠", True, "1200"), ("(۱۲٫۵۰)", False, "-12.50"), ("$ ۹۹", False, "99"),
        ("۵,۰۰۰", False, "5000"), ("۵,۰۰۰", True, "5"), ("۴۹,۰۰۰.۰۰", True, "49000.00"), ("１２３,５", True, "123.5"),
    ],
)  # fmt: skip
def test_digits_and_separators_of_other_scripts(written: str, decimal_comma: bool, expected: str) -> None:
    assert parse_number(written, decimal_comma=decimal_comma) == Decimal(expected)


PERSIAN_HEADER = "ردیف,شرح کالا,کد تعرفه,مقدار,واحد,فی (دلار),مبلغ کل (دلار),وزن خالص (کیلوگرم),کشور سازنده"


def test_a_persian_list_with_persian_separators_reads_every_figure_and_code() -> None:
    rows = [
        '۱,پسته خام با پوست,۰۸۰۲.۵۱,"۵٬۰۰۰",کیلوگرم,۹٫۸۰,"۴۹٬۰۰۰٫۰۰","۵٬۰۰۰",ایران',
        '۲,زعفران نگین,۰۹۱۰۲۰,۸,کیلوگرم,۱۱۵۰٫۰۰,"۹٬۲۰۰٫۰۰",۸,ایران',
    ]
    listing = reader.read("\n".join([PERSIAN_HEADER, *rows]).encode(), "packing.csv")
    assert listing.errors == []
    assert [line.value.amount for line in listing.lines if line.value] == [Decimal("49000.00"), Decimal("9200.00")]
    assert [line.net_mass.kilograms for line in listing.lines if line.net_mass] == [Decimal(5000), Decimal(8)]
    assert [line.declared_code for line in listing.lines] == ["080251", "091020"]


def test_persian_digits_with_ascii_commas_group_thousands_as_ascii_digits_do() -> None:
    """'۵,۰۰۰' beside '۴۹,۰۰۰.۰۰' is 5000, as '5,000' beside '49,000.00' is: the digits do not change the reading."""
    rows = [
        '۱,Pistachios,۰۸۰۲۵۱,"۵,۰۰۰",kg,۹.۸۰,"۴۹,۰۰۰.۰۰","۵,۰۰۰",Iran',
        "۲,Saffron,۰۹۱۰۲۰,۸,kg,۱۱۵۰.۰۰,۹۲۰۰.۵۰,۸,Iran",
    ]
    listing = reader.read("\n".join([PERSIAN_HEADER, *rows]).encode(), "packing.csv")
    assert [line.net_mass.kilograms for line in listing.lines if line.net_mass] == [Decimal(5000), Decimal(8)]
    assert [line.quantity.amount for line in listing.lines if line.quantity] == [Decimal(5000), Decimal(8)]


def test_an_arabic_list_with_arabic_indic_digits() -> None:
    header = "الوصف;رمز النظام المنسق;الكمية;المبلغ, دولار;الوزن الصافي, كغ;بلد المنشأ"
    rows = ["سجاد;٥٧٠٢٤٢;٢٥٠;١٨٬٥٠٠٫٠٠;٦٬٢٥٠;الإمارات", "تمور;٠٨٠٤١٠;١٢٠٠;١٬٩٨٠٫٥٠;١٢٠٠;الإمارات"]
    listing = reader.read("\n".join([header, *rows]).encode(), "invoice.csv")
    assert listing.errors == []
    assert [line.value.amount for line in listing.lines if line.value] == [Decimal("18500.00"), Decimal("1980.50")]
    assert [line.declared_code for line in listing.lines] == ["570242", "080410"]


def test_a_slash_between_persian_digits_is_the_decimal_mark_persian_keyboards_type() -> None:
    assert parse_number("۱۲/۵۰") == Decimal("12.50")
    assert parse_number("۱٬۲۰۰/۵") == Decimal("1200.5")
