from adapters.declaration.header_file import load_draft_header
from application.pipeline.header_fields import FIELD_KEYS, fields_of, header_file_text, header_table, unknown_fields


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
    assert "exporter.name" in header.missing and "invoice.exchange_rate" in header.missing
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
