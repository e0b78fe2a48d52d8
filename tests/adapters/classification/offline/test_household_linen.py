import pytest

from adapters.classification.nomenclature.hs_nomenclature import HsNomenclature
from adapters.classification.offline.attribute_rules import SIBLING_CONFLICTS, USUAL_WEAVE, AttributeRules
from adapters.classification.offline.attributes import stated_values, tariff_values
from adapters.classification.offline.common_attributes import CONSTRUCTION
from adapters.classification.offline.household_linen import LINEN_USE

NOMENCLATURE = HsNomenclature()
RULES = AttributeRules(lambda code: NOMENCLATURE.tariff_text(code) or "")


@pytest.mark.parametrize(
    ("code", "use"),
    [("630232", {"bed"}), ("630253", {"table"}), ("630260", {"toilet"}), ("630293", {"toilet"}), ("940490", set())],
)
def test_the_6302_texts_name_what_the_linen_is_for(code: str, use: set[str]) -> None:
    assert tariff_values(LINEN_USE, NOMENCLATURE.tariff_text(code) or "") == use


@pytest.mark.parametrize(
    ("line", "use"),
    [
        ("BED SHEET SET POLYESTER", {"bed"}),
        ("Простыня полиэстер 220x240", {"bed"}),
        ("Ýassyk gaby pagta", {"bed"}),
        ("Nevresim takımı pamuk", {"bed"}),
        ("Скатерть хлопковая", {"table"}),
        ("Полотенце махровое 70x140", {"toilet"}),
        ("Cotton fabric 150 cm", set()),
    ],
)
def test_lines_name_the_article(line: str, use: set[str]) -> None:
    assert stated_values(LINEN_USE, line) == use


def test_a_bed_sheet_sinks_the_table_linen_of_its_fibre_and_earns_nothing_elsewhere() -> None:
    ranked = [("630253", 0.6), ("630232", 0.55), ("630222", 0.5), ("940490", 0.4)]
    judgement = RULES.judge("BED SHEET SET POLYESTER", ranked)
    table, bed = judgement.adjustments["630253"], judgement.adjustments["630232"]  # both of man-made fibres
    assert bed - table == pytest.approx(SIBLING_CONFLICTS)
    assert "940490" not in judgement.adjustments or judgement.adjustments["940490"] >= 0


def test_bed_linen_not_printed_knitted_or_crocheted_is_woven() -> None:
    assert tariff_values(CONSTRUCTION, NOMENCLATURE.tariff_text("630232") or "") == {"woven"}
    assert tariff_values(CONSTRUCTION, NOMENCLATURE.tariff_text("630210") or "") == {"knitted"}


def test_made_up_textiles_silent_on_construction_lean_to_woven() -> None:
    judgement = RULES.judge("tablecloth", [("630240", 0.5), ("630253", 0.5)])
    assert judgement.adjustments.get("630253", 0.0) - judgement.adjustments.get("630240", 0.0) == pytest.approx(
        USUAL_WEAVE
    )
