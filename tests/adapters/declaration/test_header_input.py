"""Header fields read as a broker types them, in a form or in a header file."""

from decimal import Decimal

from tests.entrypoints.cli.test_declare import HEADER

from adapters.declaration.header_file import load_header
from adapters.declaration.header_input import as_the_header_file_writes, as_the_header_writes


def test_codes_typed_with_cyrillic_look_alike_letters_read_as_the_latin_codes_meant() -> None:
    """A broker trial typed 'СРТ' on a Russian keyboard and was told it is not CPT, which it looked like."""
    typed = {"incoterm": "СРТ", "customs_office": "ТМ0100", "border_office": "тм0520", "export_country": "ТМ",
             "currency": "usd", "declaration_type": "ІМ"}  # fmt: skip
    read = {"incoterm": "CPT", "customs_office": "TM0100", "border_office": "TM0520", "export_country": "TM",
            "currency": "USD", "declaration_type": "IM"}  # fmt: skip
    assert as_the_header_writes(typed) == read
    names = {"consignee_name": "ООО «Ромашка»", "trading_country": "Россия", "currency": "рубль"}
    assert as_the_header_writes(names) == {
        "consignee_name": "ООО «Ромашка»",
        "trading_country": "RU",
        "currency": "RUB",
    }


def test_a_package_kind_in_words_is_its_code() -> None:
    assert as_the_header_writes({"package_kind": "коробки"}) == {"package_kind": "BX"}
    assert as_the_header_writes({"package_kind": "ct"}) == {"package_kind": "CT"}


def test_a_header_file_is_read_as_the_form_is() -> None:
    """The trial's header file refused trading = "Россия" and exchange_rate = "3,5", which the web form took."""
    text = HEADER.read_text(encoding="utf-8").replace('trading = "RU"', 'trading = "Россия"')
    text = text.replace("exchange_rate = 3.5", 'exchange_rate = "3,5"').replace('incoterm = "CPT"', 'incoterm = "срт"')
    header = load_header(text.encode())
    assert (header.trading_country, header.exchange_rate, header.delivery_terms.incoterm) == (
        "RU",
        Decimal("3.5"),
        "CPT",
    )
    assert as_the_header_file_writes({"parties": {"note": "3,5"}}) == {"parties": {"note": "3,5"}}  # no field: as typed
