import pytest

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.classification.offline.attribute_rules import AGREES, AttributeRules
from adapters.classification.offline.attributes import stated_values, tariff_values
from adapters.classification.offline.wood_attributes import WOOD_GROUP, WOOD_SPECIES, WOOD_TREATMENT

NOMENCLATURE = HsNomenclature()
RULES = AttributeRules(lambda code: NOMENCLATURE.tariff_text(code) or "")


def text(code: str) -> str:
    return NOMENCLATURE.tariff_text(code) or ""


@pytest.mark.parametrize(
    ("code", "group", "species"),
    [
        ("440711", {"coniferous"}, {"pine"}),
        ("440712", {"coniferous"}, {"fir or spruce"}),
        ("440713", {"coniferous"}, {"pine", "fir or spruce"}),  # S-P-F
        ("440719", {"coniferous"}, {"other coniferous"}),  # "other than of pine (Pinus spp.) or fir ..."
        ("440791", {"non_coniferous"}, {"oak"}),
        ("440396", {"non_coniferous"}, {"birch"}),
        ("440729", {"tropical"}, set()),
        ("440799", set(), set()),
        ("440611", {"coniferous"}, set()),
        ("440929", {"non_coniferous"}, set()),  # "non-coniferous, other than bamboo or tropical wood"
        ("441490", set(), set()),  # "not of tropical wood"
        (
            "441233",
            {"non_coniferous"},
            {"alder", "ash", "beech", "birch", "cherry", "eucalyptus", "maple", "oak", "poplar"},
        ),
        ("441239", {"coniferous"}, set()),
        ("080291", set(), set()),  # pine nuts
        ("170220", set(), set()),  # maple syrup
    ],
)
def test_tariff_texts_name_the_wood_group_and_species(code: str, group: set[str], species: set[str]) -> None:
    assert tariff_values(WOOD_GROUP, text(code)) == group
    assert tariff_values(WOOD_SPECIES, text(code)) == species


@pytest.mark.parametrize(
    ("line", "group", "species"),
    [
        ("Доска обрезная сосна 50х150х6000", {"coniferous"}, {"pine"}),
        ("Пиломатериалы хвойных пород", {"coniferous"}, set()),
        ("Брус лиственница 100х100", {"coniferous"}, {"other coniferous"}),  # larch, not "лиственных"
        ("Доска лиственных пород", {"non_coniferous"}, set()),
        ("Кедр сибирский, доска", {"coniferous"}, {"pine"}),  # Pinus sibirica
        ("Фанера берёзовая 18 мм", {"non_coniferous"}, {"birch"}),
        ("Meşe parke", {"non_coniferous"}, {"oak"}),
        ("non-coniferous sawn wood", {"non_coniferous"}, set()),
        ("Meranti hardwood boards", {"tropical", "non_coniferous"}, set()),
        ("Soda ash light 99.2%", set(), set()),
        ("Шкаф-купе, цвет дуб сонома", set(), set()),  # a colour named after a wood
        ("Кедровый орех очищенный", set(), set()),  # pine nuts
        ("Karaçam kereste", {"coniferous"}, {"pine"}),  # black pine
        ("Pineapple juice", set(), set()),
    ],
)
def test_lines_state_the_group_their_species_belongs_to(line: str, group: set[str], species: set[str]) -> None:
    assert stated_values(WOOD_GROUP, line) == group
    assert stated_values(WOOD_SPECIES, line) == species


def test_a_stated_species_picks_its_subheading_and_a_silent_line_is_told() -> None:
    sawn = [("440711", 0.5), ("440712", 0.5), ("440719", 0.5), ("440791", 0.5)]
    oak = RULES.judge("Доска дубовая обрезная 40 мм", sawn)
    assert oak.adjustments["440791"] == pytest.approx(2 * AGREES)  # group and species agree
    assert all(oak.adjustments[code] < 0 for code in ("440711", "440712", "440719"))
    larch = RULES.judge("Брус лиственница 100х100", sawn)
    assert max(larch.adjustments, key=larch.adjustments.__getitem__) == "440719"
    silent = RULES.judge("Пиломатериалы хвойные обрезные", sawn)
    assert "wood species not stated" in silent.notes
    assert silent.adjustments["440791"] < 0  # not coniferous


@pytest.mark.parametrize(
    ("code", "treatment"),
    [
        ("440311", {"treated"}),
        ("440321", {"untreated"}),
        ("440342", {"untreated"}),
        ("440611", {"untreated"}),
        ("440691", {"treated"}),
        ("590310", set()),
        ("560290", set()),
    ],
)
def test_only_woods_texts_name_impregnation(code: str, treatment: set[str]) -> None:
    assert tariff_values(WOOD_TREATMENT, text(code)) == treatment


def test_unimpregnated_sleepers_are_told_from_impregnated_ones() -> None:
    assert stated_values(WOOD_TREATMENT, "Шпалы деревянные хвойные непропитанные") == {"untreated"}
    assert stated_values(WOOD_TREATMENT, "Шпалы пропитанные креозотом") == {"treated"}
    sleepers = [("440691", 0.5), ("440611", 0.5)]
    judgement = RULES.judge("Шпалы деревянные хвойные непропитанные", sleepers)
    assert judgement.adjustments["440611"] > judgement.adjustments["440691"]
