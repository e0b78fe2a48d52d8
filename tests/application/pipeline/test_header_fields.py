from adapters.declaration.header_file import load_draft_header
from application.pipeline.header_fields import (
    FIELD_KEYS,
    FIELD_OF_BOX,
    fields_of,
    header_file_text,
    header_table,
    unknown_fields,
)


def test_the_form_wins_over_the_profile() -> None:
    profile = {"consignee_name": "Ynam HJ", "consignee_code": "101234567890", "currency": "EUR"}
    form = {"currency": "USD", "incoterm": " CIP ", "delivery_place": ""}
    table = header_table("TM", profile, form)
    assert table["consignee"] == {"name": "Ynam HJ", "code": "101234567890"}
    assert table["invoice"]["currency"] == "USD"
    assert table["delivery_terms"] == {"incoterm": "CIP"}


def test_nothing_is_invented_for_the_fields_left_blank() -> None:
    """Only the procedure (IM 4) and the declaring country as destination are assumed; no party, office,
    country of dispatch, terms or currency of an example."""
    table = header_table("TM", {}, {"exporter_name": "", "currency": " "})
    assert table == {
        "declaration": {"type": "IM", "general_procedure": "4"},
        "countries": {"destination": "TM", "first_destination": "TM"},
    }


def test_a_header_written_back_as_fields_makes_the_same_header() -> None:
    form = {"exporter_name": "Stroy Torg OOO", "consignee_name": "Ynam HJ", "consignee_code": "101234567891",
            "declarant_name": "Dellal",
            "declarant_code": "101234567890", "customs_office": "TM0100", "border_office": "TM0520",
            "trading_country": "RU", "export_country": "RU", "transport_mode": "2", "incoterm": "FCA",
            "currency": "RUB", "exchange_rate": "0.04", "insurance": "12.50"}  # fmt: skip
    header = load_draft_header(header_file_text(header_table("TM", form)))
    assert header.missing == ()
    assert load_draft_header(header_file_text(header_table("TM", fields_of(header)))) == header


def test_fields_of_a_draft_leave_its_missing_boxes_out() -> None:
    header = load_draft_header(header_file_text(header_table("TM", {"currency": "USD"})))
    assert "exporter.name" in header.missing and "exchange_rate" in header.missing
    fields = fields_of(header)
    assert fields["currency"] == "USD" and "exchange_rate" not in fields and "exporter_name" not in fields


def test_the_declaring_country_is_the_destination() -> None:
    table = header_table("TM")
    assert table["countries"]["destination"] == "TM" and table["countries"]["first_destination"] == "TM"


def test_unknown_fields_are_named() -> None:
    assert unknown_fields({"currency": "USD", "curency": "USD"}) == ["curency"]


def test_every_field_maps_to_a_section_and_key_of_the_header_file() -> None:
    assert all(key.count(".") == 1 for key in FIELD_KEYS.values())
    assert len(set(FIELD_KEYS.values())) == len(FIELD_KEYS)


def test_every_field_read_from_the_header_file_is_written_back_from_its_own_box() -> None:
    """The header file reader and the fields' table agree on the box of each field."""
    fields = {"declaration_type": "IM", "general_procedure": "4", "customs_office": "TM0100",
              "place_of_declaration": "Ashgabat", "exporter_name": "Stroy Torg OOO", "exporter_code": "7701",
              "exporter_address": "Moscow", "consignee_name": "Ynam HJ", "consignee_code": "101234567891",
              "consignee_address": "Mary", "declarant_name": "Dellal", "declarant_code": "101234567890",
              "declarant_address": "Balkanabat", "trading_country": "RU", "export_country": "KZ",
              "first_destination_country": "UZ", "destination_country": "TM", "origin_country": "CN",
              "transport_mode": "3", "transport_identity": "01AB123", "transport_nationality": "TR",
              "inland_mode": "2", "border_office": "TM0520", "incoterm": "FCA", "delivery_place": "Almaty",
              "currency": "RUB", "exchange_rate": "0.04", "external_freight": "1250.00", "insurance": "12.50",
              "preference": "GSP", "extended_procedure": "4071", "national_procedure": "001",
              "package_kind": "CT", "total_packages": "12"}  # fmt: skip
    assert set(fields) == set(FIELD_KEYS)
    assert fields_of(load_draft_header(header_file_text(header_table("TM", fields)))) == fields


def test_the_boxes_a_blank_header_leaves_out_are_named_as_the_declaration_header_names_them() -> None:
    header = load_draft_header(header_file_text(header_table("TM")))
    assert {"customs_office", "exporter.name", "currency", "exchange_rate", "transport.border_mode"} <= set(
        header.missing
    )
    assert set(header.missing) <= set(FIELD_OF_BOX)


def test_another_currency_without_a_rate_drops_the_rate_of_the_one_before() -> None:
    """USD at 3.5 from the saved fields, then EUR: 3.5 is not EUR's rate, so box 23 is left for the broker."""
    saved = {"currency": "USD", "exchange_rate": "3.5"}
    header = load_draft_header(header_file_text(header_table("TM", saved, {"currency": "EUR"})))
    assert header.currency == "EUR" and "exchange_rate" in header.missing


def test_a_rate_given_with_the_new_currency_or_the_same_currency_again_is_kept() -> None:
    saved = {"currency": "USD", "exchange_rate": "3.5"}
    assert header_table("TM", saved, {"currency": "EUR", "exchange_rate": "3.8"})["invoice"]["exchange_rate"] == "3.8"
    assert header_table("TM", saved, {"currency": "usd"})["invoice"]["exchange_rate"] == "3.5"
    assert header_table("TM", saved, {"incoterm": "CIP"})["invoice"]["exchange_rate"] == "3.5"
