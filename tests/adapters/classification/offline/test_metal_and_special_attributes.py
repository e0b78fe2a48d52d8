import pytest

from adapters.classification.offline.attribute_rules import AGREES, CONFLICTS, SIBLING_CONFLICTS, AttributeRules
from adapters.classification.offline.attributes import stated_values, tariff_values
from adapters.classification.offline.common_attributes import MATERIAL
from adapters.classification.offline.footwear_ankle import ANKLE
from adapters.classification.offline.metal_attributes import COILING, STEEL
from adapters.classification.offline.special_features import OIL_AND_GAS, TOE_CAP, UNSTATED
from adapters.classification.offline.tea_kinds import TEA_KIND
from adapters.classification.offline.terry_and_white_cement import TERRY, WHITE_CEMENT

TEXTS = {
    "730422": "Steel, stainless; seamless, drill pipe, of a kind used in drilling for oil or gas",
    "730429": "Iron or steel (excluding cast iron or stainless steel); seamless, casing and tubing, of a kind used "
    "in drilling for oil or gas",
    "730439": "Iron or non-alloy steel (excluding cast iron); seamless, (excluding cold-drawn or cold-rolled), tubes "
    "pipes and hollow profiles of circular cross-section",
    "730449": "Steel, stainless; (excluding cold-drawn or cold-rolled), tubes pipes and hollow profiles of circular "
    "cross-section",
    "720917": "Iron or non-alloy steel; in coils, flat-rolled, width 600mm or more, cold-rolled, of a thickness of "
    "0.5mm or more but not exceeding 1mm",
    "720927": "Iron or non-alloy steel; (not in coils), flat-rolled, width 600mm or more, cold-rolled, of a "
    "thickness of 0.5mm or more but not exceeding 1mm",
    "640340": "Footwear; with metal toe-cap, outer soles of rubber, plastics, leather or composition leather, uppers "
    "of leather",
    "640399": "Footwear; n.e.c. in heading no. 6403, (not covering the ankle), outer soles of rubber, plastics or "
    "composition leather, uppers of leather",
    "940320": "Furniture; metal, other than for office use",
    "940350": "Furniture; wooden, for bedroom use",
}
RULES = AttributeRules(TEXTS.__getitem__)


def test_tariff_texts_name_stainless_or_other_steel_by_what_they_exclude() -> None:
    assert tariff_values(STEEL, TEXTS["730422"]) == {"stainless"}
    assert tariff_values(STEEL, TEXTS["730429"]) == {"other"}
    assert tariff_values(STEEL, "Steel, alloy (not stainless steel); seamless, cold-drawn") == {"other"}
    assert tariff_values(STEEL, TEXTS["730439"]) == {"other"}  # "non-alloy"


@pytest.mark.parametrize(
    ("line", "steel"),
    [
        ("Труба нержавеющая бесшовная 57x3 мм", {"stainless"}),
        ("Stainless steel sheet 2 mm", {"stainless"}),
        ("Paslanmaýan polat turba", {"stainless"}),
        ("Лист оцинкованный 0,5 мм", {"other"}),
        ("High carbon stainless steel kitchen knife set", {"stainless"}),
        ("Steel pipe 57x3", set()),
    ],
)
def test_a_line_states_stainless_or_other_steel(line: str, steel: set[str]) -> None:
    assert stated_values(STEEL, line) == steel


def test_a_stated_stainless_steel_sinks_the_subheadings_that_exclude_it() -> None:
    judgement = RULES.judge("Труба нержавеющая бесшовная 57x3 мм", [("730439", 1.0), ("730449", 1.0)])

    assert judgement.adjustments["730449"] - judgement.adjustments["730439"] == pytest.approx(
        AGREES + SIBLING_CONFLICTS
    )
    assert "steel: stainless stated" in judgement.reasons["730449"]


def test_coils_stated_in_turkmen_or_russian_pick_the_coiled_sibling() -> None:
    assert tariff_values(COILING, TEXTS["720917"]) == {"coiled"}
    assert tariff_values(COILING, TEXTS["720927"]) == {"flat"}
    assert (
        tariff_values(COILING, "Iron or non-alloy steel; bars and rods, hot-rolled, in irregularly wound coils")
        == set()
    )
    assert (
        tariff_values(COILING, "Copper; strip, of a thickness exceeding 0.15mm, of refined copper, in coils") == set()
    )
    assert stated_values(COILING, "Polat list, sowuk prokat, rulonda, 0,8x1250 mm") == {"coiled"}
    assert stated_values(COILING, "Прокат х/к в рулонах 0,8 мм") == {"coiled"}
    assert stated_values(COILING, "Steel sheet not in coil") == set()  # a denied word states nothing

    judgement = RULES.judge("Polat list, sowuk prokat, rulonda", [("720927", 1.0), ("720917", 1.0)])

    assert judgement.adjustments["720917"] - judgement.adjustments["720927"] == pytest.approx(
        AGREES + SIBLING_CONFLICTS
    )


def test_a_metal_toe_cap_the_line_does_not_state_costs_its_subheading() -> None:
    judgement = RULES.judge("Erkek deri aýakgaby", [("640340", 1.0), ("640399", 0.98)])

    assert judgement.adjustments["640340"] < judgement.adjustments.get("640399", 0.0)
    assert stated_values(TOE_CAP, "Safety shoes with steel toe cap") == {"metal toe-cap"}
    assert stated_values(TOE_CAP, "Ботинки рабочие с металлическим подноском") == {"metal toe-cap"}
    assert stated_values(TOE_CAP, "Safety shoes S3 with composite toe cap") == set()
    assert stated_values(TOE_CAP, "Work boots non-metallic toe cap") == set()
    assert stated_values(TOE_CAP, "munchkin safety gate") == set()


def test_oil_well_pipe_goes_below_ordinary_pipe_unless_the_line_names_the_oilfield() -> None:
    silent = RULES.judge("Труба нержавеющая бесшовная 57x3 мм", [("730422", 1.0), ("730449", 0.95)])
    oilfield = RULES.judge("Burawlaýyş turbasy 127 mm, tikinsiz polat", [("730429", 1.0), ("730439", 1.0)])

    assert silent.adjustments["730449"] - silent.adjustments["730422"] == pytest.approx(UNSTATED)
    assert stated_values(OIL_AND_GAS, "Трубы НКТ 73x5,5") == {"oil or gas"}
    assert stated_values(OIL_AND_GAS, "Welded steel pipe API 5L X42 PSL1") == {"oil or gas"}
    assert stated_values(OIL_AND_GAS, "Stainless steel seamless tubing 25x2") == set()
    assert stated_values(OIL_AND_GAS, "Труба ВГП водо-газопроводная 20 мм") == set()
    assert oilfield.adjustments["730429"] - oilfield.adjustments["730439"] == pytest.approx(AGREES)


def test_metal_is_any_base_metal_and_each_base_metal_is_metal() -> None:
    assert stated_values(MATERIAL, "Metal krowat bir adamlyk") == {"metal", "steel", "aluminium", "copper"}
    assert stated_values(MATERIAL, "Кровать стальная") == {"steel", "metal"}
    assert stated_values(MATERIAL, "TCT circular saw blade for metal") == set()  # what it works on
    assert stated_values(MATERIAL, "Kesiji disk metal üçin 125 mm") == set()
    assert tariff_values(MATERIAL, TEXTS["940320"]) == {"metal"}
    assert tariff_values(MATERIAL, "Seats; with metal frames, upholstered") == {"metal"}

    judgement = RULES.judge("Metal krowat bir adamlyk", [("940350", 1.0), ("940320", 0.95)])

    assert judgement.adjustments == {"940320": AGREES, "940350": -SIBLING_CONFLICTS}  # the sibling names metal


def test_a_stated_material_no_sibling_names_costs_the_usual_conflict() -> None:
    judgement = RULES.judge("Metal krowat bir adamlyk", [("940350", 1.0)])

    assert judgement.adjustments == {"940350": -CONFLICTS}


@pytest.mark.parametrize(
    ("line", "ankle"),
    [
        ("Ботинки мужские зимние, верх нат. кожа, подошва ТЭП", {"covering"}),
        ("Aýal ädigi, tebigy deri", {"covering"}),
        ("Rain boots, PVC, waterproof", {"covering"}),
        ("Туфли женские кожаные", {"low"}),
        ("Flip-flops, rubber", {"low"}),
        ("Erkek deri aýakgaby", set()),
        ("Aýal aýakgaby, deri, topugy ýapmaýan", {"low"}),
        ("Aýal aýakgaby, deri, topugy yapmayan", {"low"}),
        ("Полуботинки мужские кожаные", {"low"}),
    ],
)
def test_boots_cover_the_ankle_and_shoes_sandals_and_slippers_do_not(line: str, ankle: set[str]) -> None:
    assert stated_values(ANKLE, line) == ankle


def test_footwear_silent_on_the_ankle_leans_to_the_low_cut_it_most_often_has() -> None:
    texts = {
        "640391": "Footwear; covering the ankle, outer soles of rubber or plastics, uppers of leather",
        "640399": "Footwear; n.e.c. in heading no. 6403, (not covering the ankle), uppers of leather",
    }
    judgement = AttributeRules(texts.__getitem__).judge("Erkek aýakgaby, deri", [("640391", 1.0), ("640399", 1.0)])

    assert "not stated whether covering the ankle" in judgement.notes
    assert judgement.adjustments["640399"] > judgement.adjustments.get("640391", 0.0)


def test_tariff_texts_name_the_ankle_also_by_denying_it() -> None:
    assert tariff_values(ANKLE, "Footwear; n.e.c. in heading no. 6403, covering the ankle, outer soles") == {"covering"}
    assert tariff_values(ANKLE, "Footwear; n.e.c. in heading no. 6403, (not covering the ankle)") == {"low"}
    assert tariff_values(ANKLE, "Footwear; n.e.c. in heading no. 6402, (other than just covering the ankle)") == {"low"}


def test_terry_towelling_and_white_cement_are_read_also_from_what_the_tariff_excludes() -> None:
    terry = "Kitchen and toilet linen; of terry towelling or similar terry fabrics, of cotton"
    plain = "Toilet and kitchen linen; of cotton, excluding terry towelling or similar terry fabrics"

    assert (tariff_values(TERRY, terry), tariff_values(TERRY, plain)) == ({"terry"}, {"other"})
    assert stated_values(TERRY, "Mahra süpürgiç, 100% pagta") == {"terry"}
    assert stated_values(TERRY, "Полотенце махровое") == {"terry"}
    assert tariff_values(WHITE_CEMENT, "Cement; portland, white, whether or not artificially coloured") == {"white"}
    assert tariff_values(WHITE_CEMENT, "Cement; portland, other than white, whether or not coloured") == {"other"}
    assert stated_values(WHITE_CEMENT, "White Portland cement CEM I 52.5R") == {"white"}


def test_green_and_black_tea_are_told_apart_by_the_colour_a_line_names() -> None:
    green = "Tea, green; (not fermented), in immediate packings of a content not exceeding 3kg"
    black = "Tea, black; (fermented) and partly fermented tea, in immediate packings of a content not exceeding 3kg"

    assert (tariff_values(TEA_KIND, green), tariff_values(TEA_KIND, black)) == ({"green"}, {"black"})
    assert stated_values(TEA_KIND, "Чай зеленый листовой в пачках 100 г") == {"green"}
    assert stated_values(TEA_KIND, "Gök çaý, 100 g gaplarda") == {"green"}
    assert stated_values(TEA_KIND, "Чай черный байховый 250 г") == {"black"}
