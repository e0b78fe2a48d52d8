from application.pipeline.header_fields import DEMO_FIELDS, FIELD_KEYS, header_table, unknown_fields


def test_the_form_wins_over_the_profile_which_wins_over_the_demo() -> None:
    profile = {"consignee_name": "Ynam HJ", "consignee_code": "101234567890", "currency": "EUR"}
    form = {"currency": "USD", "incoterm": " CIP ", "delivery_place": ""}
    table = header_table("TM", profile, form)
    assert table["consignee"] == {"name": "Ynam HJ", "code": "101234567890"}
    assert table["invoice"]["currency"] == "USD"
    assert table["delivery_terms"] == {"incoterm": "CIP", "place": DEMO_FIELDS["delivery_place"]}


def test_the_declaring_country_is_the_destination() -> None:
    table = header_table("TM")
    assert table["countries"]["destination"] == "TM" and table["countries"]["first_destination"] == "TM"


def test_unknown_fields_are_named() -> None:
    assert unknown_fields({"currency": "USD", "curency": "USD"}) == ["curency"]


def test_every_field_maps_to_a_section_and_key_of_the_header_file() -> None:
    assert all(key.count(".") == 1 for key in FIELD_KEYS.values())
    assert len(set(FIELD_KEYS.values())) == len(FIELD_KEYS)
