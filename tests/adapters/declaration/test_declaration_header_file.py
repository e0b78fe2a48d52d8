"""The header file: the example loads, and every wrong key is named."""

from decimal import Decimal
from pathlib import Path

import pytest

from adapters.declaration.errors import HeaderFileError
from adapters.declaration.header_file import load_draft_header, load_header
from domain.declaration.header import DeclarationHeader

EXAMPLE = Path(__file__).parents[3] / "examples" / "header-tk.toml"


def _problems(text: str) -> dict[str | None, str]:
    with pytest.raises(HeaderFileError) as raised:
        load_header(text.encode())
    return {p.column: p.reason for p in raised.value.problems}


def _example_with(old: str, new: str) -> str:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


def test_the_example_is_a_turkmen_import_by_road_from_turkey() -> None:
    header = load_header(EXAMPLE)

    assert isinstance(header, DeclarationHeader)
    assert (header.flow, header.declaration_type, header.general_procedure) == ("I", "IM", "4")
    assert (header.export_country, header.destination_country, header.transport.border_mode) == ("TR", "TM", "3")
    assert (header.delivery_terms.incoterm, header.currency, header.exchange_rate) == ("DAP", "USD", Decimal("3.5"))
    assert (header.extended_procedure, header.national_procedure) == ("4000", "000")
    assert header.consignee.code is not None and len(header.consignee.code) == 12


def test_a_missing_consignee_name_is_named() -> None:
    problems = _problems(_example_with('name = "«Ak Ýol Söwda» hojalyk jemgyýeti"', ""))

    assert problems == {"consignee.name": "missing: the consignee's name"}


def test_a_bad_incoterm_and_a_bad_country_are_named() -> None:
    text = _example_with('incoterm = "DAP"', 'incoterm = "DAT"').replace('trading = "TR"', 'trading = "Atlantis"')

    assert _problems(text) == {
        "delivery_terms.incoterm": "'DAT' is not an Incoterms 2020 code: EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, "
        "FOB, CFR, CIF",
        "countries.trading": "'Atlantis' is not an ISO 3166 alpha-2 country code such as TR or TM",
    }


def test_a_misspelt_key_is_reported_not_dropped() -> None:
    assert _problems(_example_with('place = "Aşgabat"', 'plase = "Aşgabat"')) == {"declaration.plase": "unknown key"}


def test_a_rate_must_be_a_positive_number() -> None:
    assert _problems(_example_with("exchange_rate = 3.5", 'exchange_rate = "three"')) == {
        "invoice.exchange_rate": "'three' is not an exchange rate from 0.000001 to below 1000000000000, e.g. 3.5"
    }


def test_left_out_procedure_keys_keep_the_defaults() -> None:
    text = _example_with('extended = "4000"\nnational = "000"\n', "")

    header = load_header(text.encode())

    assert (header.extended_procedure, header.national_procedure) == ("4000", "000")


def test_a_broken_file_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(HeaderFileError, match=r"not valid TOML: .*line 1"):
        load_header(b"[declaration\ntype = 'IM'")
    with pytest.raises(HeaderFileError, match=r"cannot read .*missing\.toml"):
        load_header(tmp_path / "missing.toml")
    with pytest.raises(HeaderFileError, match=r"/dev/zero is larger than a header file can be"):
        load_header(Path("/dev/zero"))  # read to its end it took 6.7 GB in 10 s


@pytest.mark.parametrize(
    ("written", "shown"),
    [("-3.5", "-3.5"), ("0", "0"), ("true", "true"), ('"-2"', "'-2'"), ('"1e309"', "'1e309'"), ("1e-30", "1E-30"),
     ("1e20", "1E+20")],
)  # fmt: skip
def test_a_wrong_rate_is_quoted_back_as_it_was_written(written: str, shown: str) -> None:
    assert _problems(_example_with("exchange_rate = 3.5", f"exchange_rate = {written}")) == {
        "invoice.exchange_rate": f"{shown} is not an exchange rate from 0.000001 to below 1000000000000, e.g. 3.5"
    }


def test_a_control_character_no_xml_can_carry_is_named_before_any_work() -> None:
    """A hostile trial's consignee 'Evil\\x00Co' failed the job only when its XML was written, after classifying."""
    text = _example_with('place = "Aşgabat"', 'place = "Aş\\u000bgabat"')
    assert _problems(text) == {"declaration.place": "holds a control character (U+000B) a declaration cannot carry"}


def test_texts_longer_than_the_declaration_holds_are_named_before_any_work() -> None:
    text = _example_with('place = "Aşgabat"', f'place = "{"A" * 71}"').replace('identity = "34 ABC 123 / 34 ABD 45"',
                                                                             f'identity = "{"7" * 36}"')  # fmt: skip
    text = text.replace('address = "Görogly köçesi 45, Aşgabat"', f'address = "{"x" * 330}"')
    problems = _problems(text)
    assert problems["declaration.place"].endswith("is not a place name of at most 70 characters")
    assert problems["transport.identity"].endswith("is not a vehicle or vessel identity of at most 35 characters")
    assert problems["consignee.address"] == (
        "the consignee's name and address are 363 characters together; a declaration holds 350"
    )


def test_freight_and_insurance_are_amounts_to_the_cent_left_out_as_zero() -> None:
    assert (load_header(EXAMPLE).external_freight, load_header(EXAMPLE).insurance) == (0, 0)
    text = EXAMPLE.read_text(encoding="utf-8") + '\n[costs]\nexternal_freight = 1250.00\ninsurance = "35"\n'

    header = load_header(text.encode())

    assert (header.external_freight, header.insurance) == (Decimal("1250.00"), Decimal("35"))
    what = "is not an amount of 0 or more in the invoice currency, to the cent, e.g. 1250.00"
    for written, shown in [("-5", "-5"), ("12.345", "12.345"), ("1e30", "1E+30"), ("true", "true")]:
        wrong = EXAMPLE.read_text(encoding="utf-8") + f"\n[costs]\ninsurance = {written}\n"
        assert _problems(wrong) == {"costs.insurance": f"{shown} {what}"}


def test_a_draft_header_lists_the_boxes_left_out_and_still_refuses_wrong_values() -> None:
    """The web's header: blank boxes are listed (the declaration is then incomplete), never filled in."""
    text = _example_with('name = "Anadolu Makina Sanayi ve Ticaret A.Ş."', "").replace('border_office = "TM0520"', "")
    header = load_draft_header(text.encode())
    assert header.missing == ("exporter.name", "border_office")
    assert (header.exporter.name, header.border_office) == ("", "")
    assert load_header(EXAMPLE).missing == ()
    with pytest.raises(HeaderFileError) as raised:
        load_draft_header(text.replace('incoterm = "DAP"', 'incoterm = "DAT"').encode())
    assert [p.column for p in raised.value.problems] == ["delivery_terms.incoterm"]


@pytest.mark.parametrize("name", ["header-en.toml", "header-ru.toml", "header-tk.toml"])
def test_each_example_list_has_a_complete_header_of_its_own(name: str) -> None:
    header = load_header(EXAMPLE.parent / name)
    assert header.missing == ()


def test_the_russian_example_is_declared_from_russia_not_turkey() -> None:
    header = load_header(EXAMPLE.parent / "header-ru.toml")
    assert (header.trading_country, header.export_country) == ("RU", "RU")
    assert "ТехноСнаб" in header.exporter.name


def test_the_total_of_packages_is_a_whole_number_left_out_as_none() -> None:
    assert load_header(EXAMPLE).total_packages is None
    stated = _example_with("# total = 12 ", "total = 12 ")
    assert load_header(stated.encode()).total_packages == 12
    assert load_header(stated.replace("total = 12", 'total = "12"').encode()).total_packages == 12
    assert _problems(stated.replace("total = 12", "total = 0")) == {
        "packages.total": "'0' is not a whole number of packages from 1 to 999999999, e.g. 12"
    }


def test_an_import_is_bound_for_the_declaring_country_unless_the_file_says_otherwise() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    without = "\n".join(line for line in text.splitlines() if "destination = " not in line).encode()

    header = load_header(without, "TM")

    assert (header.destination_country, header.first_destination_country) == ("TM", "TM")
    assert _problems(without.decode()) == {
        "countries.destination": "missing: an ISO 3166 alpha-2 country code such as TR or TM",
        "countries.first_destination": "missing: an ISO 3166 alpha-2 country code such as TR or TM",
    }
    onward = _example_with('\ndestination = "TM"', '\ndestination = "UZ"').encode()
    assert load_header(onward, "TM").destination_country == "UZ"
