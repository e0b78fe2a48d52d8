import pytest

from adapters.classification.offline.attributes import stated_values, tariff_values
from adapters.classification.offline.metal_attributes import ALLOY, COATING, COILING, ROLLING, SEAM


@pytest.mark.parametrize(
    ("tariff_text", "values"),
    [
        ("Aluminium; (not alloyed), bars, rods and profiles", {"unalloyed"}),
        ("Aluminium; alloys, bars, rods and profiles, other than hollow", {"alloyed"}),
        ("Nickel; tubes and pipes, of nickel alloys", {"alloyed"}),
        ("Ferro-alloys; ferro-nickel", set()),  # no alloyed-or-not split there
        ("Steel, alloy; bars and rods, forged", set()),
    ],
)
def test_non_ferrous_tariff_texts_name_alloyed_or_not(tariff_text: str, values: set[str]) -> None:
    assert tariff_values(ALLOY, tariff_text) == values


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("Alýumin burç profili 30x30x2 mm, 6063-T5 splaw, anodirlenen, 6 m", {"alloyed"}),
        ("Профиль алюминиевый АД31 Т5, 6 м", {"alloyed"}),
        ("Aluminium sheet 1050 H14 1.5 mm", {"unalloyed"}),
        ("Алюминиевый профиль 20х20", set()),
    ],
)
def test_lines_state_an_alloy_by_word_or_grade(line: str, values: set[str]) -> None:
    assert stated_values(ALLOY, line) == values


def test_coatings_of_flat_rolled_steel_are_read_in_tariff_texts_and_lines() -> None:
    galvanised = (
        "Iron or non-alloy steel; flat-rolled, width 600mm or more, (not corrugated), plated or coated with zinc"
    )
    painted = "Iron or non-alloy steel; flat-rolled, width 600mm or more, painted, varnished or coated with plastics"
    assert tariff_values(COATING, galvanised) == {"zinc"}
    assert tariff_values(COATING, painted) == {"painted"}
    assert tariff_values(COATING, "Steel, alloy; flat-rolled, width 600mm or more, n.e.c. in heading no. 7225, "
                                  "(other than plated or coated with zinc)") == set()  # fmt: skip
    assert stated_values(COATING, "Лист оцинкованный 0,5х1250х2500 мм") == {"zinc"}
    # pre-painted galvanised sheet is painted sheet: the paint decides
    assert stated_values(COATING, "Profnastil S-21 0,45 mm, sinklenen, polimer örtükli RAL 3005") == {"painted"}


def test_a_plate_or_sheet_is_cut_unless_the_line_says_coils() -> None:
    assert stated_values(COILING, "Hot rolled steel plate S235JR, 4 x 1500 x 6000 mm") == {"flat"}
    assert stated_values(COILING, "Лист г/к 4х1500х6000 ст3") == {"flat"}
    assert stated_values(COILING, "Polat list, sowuk prokat, rulonda, 0,8x1250 mm") == {"coiled"}


def test_a_denied_value_in_brackets_is_not_stated() -> None:
    line = "Лист г/к 4х1500х6000 мм ст3сп ГОСТ 19903, немерные пачки (не в рулонах)"
    assert stated_values(COILING, line) == {"flat"}


@pytest.mark.parametrize(
    ("line", "rolling", "seam"),
    [
        ("Труба нерж. AISI 304 бесшовная холоднотянутая 25х2 мм", {"cold"}, {"seamless"}),
        ("Poslamaýan polat list AISI 430, sowuk prokat, 0,8x1250x2500 mm", {"cold"}, set()),
        ("Stainless steel coil 304 cold rolled 0.5mm x 1219mm, 2B finish", {"cold"}, set()),
        ("Лист г/к 4х1500х6000", {"hot"}, set()),
        ("Труба э/с 57х3,5 ГОСТ 10704", set(), {"welded"}),
        ("Dikişsiz çelik boru 114x6 mm", set(), {"seamless"}),  # Turkish, as a broker trial's supplier wrote it
        ("Kaynaklı çelik boru 114x6 mm", set(), {"welded"}),
        ("Nahtloses Stahlrohr 114x6 mm", set(), {"seamless"}),
    ],
)
def test_lines_state_how_steel_was_rolled_and_whether_a_tube_is_seamless(
    line: str, rolling: set[str], seam: set[str]
) -> None:
    assert stated_values(ROLLING, line) == rolling
    assert stated_values(SEAM, line) == seam


@pytest.mark.parametrize(
    ("tariff_text", "rolling", "seam"),
    [
        ("Steel, stainless; flat-rolled, width 600mm or more, hot-rolled, in coils, of a thickness of less than 3mm",
         {"hot"}, set()),
        ("Steel, stainless; cold-drawn or cold-rolled (cold-reduced), tubes and pipes of circular cross-section",
         {"cold"}, set()),
        ("Iron or non-alloy steel (excluding cast iron); seamless, (excluding cold-drawn or cold-rolled), tubes, "
         "pipes and hollow profiles of circular cross-section", {"hot"}, {"seamless"}),
        ("Steel, stainless; tubes, pipes and hollow profiles, welded, of circular cross-section, n.e.c. in chapter 73",
         set(), {"welded"}),
        ("Iron or steel (excluding cast iron); line pipe of a kind used for oil or gas pipelines (other than of "
         "stainless steel or seamless), n.e.c. in chapter 73", set(), {"welded"}),
    ],
)  # fmt: skip
def test_tariff_texts_name_the_rolling_and_the_seam(tariff_text: str, rolling: set[str], seam: set[str]) -> None:
    assert tariff_values(ROLLING, tariff_text) == rolling
    assert tariff_values(SEAM, tariff_text) == seam


def test_words_that_look_like_a_value_but_do_not_state_it() -> None:
    assert stated_values(COATING, "Профнастил С8 оцинкованный, защитная полимерная пленка") == {"zinc"}  # packing
    assert stated_values(COATING, "Лист оцинкованный с полимерным покрытием RAL 8017") == {"painted"}
    assert stated_values(COATING, "Жесть оцинкованная 0,5 мм") == {"zinc"}  # thin sheet, not tinplate
    assert stated_values(COILING, "Лист х/к из рулона 1,0х1250х2500") == {"flat"}  # cut from a coil
    assert stated_values(ROLLING, "Chrome plated bar CK45 induction hardened 55-60 HRC") == set()  # hardness
