from adapters.classification.offline.attribute_rules import AGREES, CONFLICTS, USUAL_FIBRE, AttributeRules

TEXTS = {
    "610910": "T-shirts, singlets and other vests; of cotton, knitted or crocheted",
    "610990": "T-shirts, singlets and other vests; of textile materials (other than cotton), knitted or crocheted",
    "620342": "Trousers; men's or boys', of cotton (not knitted or crocheted)",
    "620462": "Trousers; women's or girls', of cotton (not knitted or crocheted)",
    "520832": "Fabrics, woven; of cotton, dyed, plain weave, weighing more than 100g/m2",
    "520852": "Fabrics, woven; of cotton, printed, plain weave, weighing more than 100g/m2",
    "491199": "Printed matter; n.e.c. in heading 4911",
}
RULES = AttributeRules(TEXTS.__getitem__)


def test_a_stated_material_lifts_the_sibling_that_names_it_and_sinks_the_others() -> None:
    judgement = RULES.judge("cotton t-shirt", [("610990", 1.0), ("610910", 1.0)])

    assert judgement.adjustments["610910"] == AGREES
    assert "610990" not in judgement.adjustments  # "other than cotton" names no material
    assert judgement.reasons["610910"] == ["material: cotton stated"]
    assert judgement.notes == []


def test_a_material_no_sibling_names_leaves_the_other_sibling_first() -> None:
    judgement = RULES.judge("linen t-shirt", [("610910", 1.0), ("610990", 1.0)])

    assert judgement.adjustments == {"610910": -CONFLICTS}


def test_a_missing_deciding_attribute_is_noted() -> None:
    judgement = RULES.judge("t-shirt", [("610910", 1.0), ("610990", 0.99)])

    assert judgement.notes == ["material not stated"]


def test_garments_not_identified_as_mens_go_with_womens() -> None:
    judgement = RULES.judge("cotton trousers", [("620342", 1.0), ("620462", 1.0)])

    assert "men's or women's not stated" in judgement.notes
    assert judgement.adjustments["620462"] > judgement.adjustments["620342"]


def test_a_garment_whose_material_is_not_stated_leans_to_cotton() -> None:
    judgement = RULES.judge("t-shirt", [("610990", 1.0), ("610910", 1.0)])

    assert "material not stated" in judgement.notes
    assert judgement.adjustments["610910"] == USUAL_FIBRE
    assert "610990" not in judgement.adjustments


def test_attributes_far_below_the_best_candidate_do_not_raise_notes() -> None:
    assert RULES.judge("t-shirt", [("610910", 1.0), ("610990", 0.5)]).notes == []


def test_a_stated_construction_outweighs_a_phrase_for_the_other_chapter() -> None:
    texts = {
        "610443": "Dresses; women's or girls', of synthetic fibres, knitted or crocheted",
        "620443": "Dresses; women's or girls', of synthetic fibres (not knitted or crocheted)",
    }
    judgement = AttributeRules(texts.__getitem__).judge("трикотажное платье", [("620443", 1.5), ("610443", 1.0)])

    assert 1.5 + judgement.adjustments["620443"] < 1.0 + judgement.adjustments["610443"]


def test_a_stated_finish_sinks_fabrics_of_another_but_earns_nothing_elsewhere() -> None:
    judgement = RULES.judge("Ткань х/б набивная, 120 г/м2", [("520832", 1.0), ("520852", 1.0), ("491199", 1.0)])

    assert judgement.adjustments["520832"] < judgement.adjustments["520852"]
    assert judgement.adjustments.get("491199", 0.0) == 0.0  # printed matter gains nothing from "printed" fabric
    assert "finish: printed stated" in judgement.reasons["520852"]


def test_a_stated_material_of_the_uppers_moves_footwear_to_its_heading() -> None:
    texts = {
        "640391": "Footwear; covering the ankle, outer soles of rubber or plastics, uppers of leather",
        "640199": "Footwear; waterproof, rubber or plastic outer soles and uppers (not assembled by stitch, rivet)",
    }
    judgement = AttributeRules(texts.__getitem__).judge("Сапоги ПВХ до колена", [("640391", 1.5), ("640199", 1.0)])

    assert 1.5 + judgement.adjustments["640391"] < 1.0 + judgement.adjustments["640199"]
    assert "uppers: plastic stated" in judgement.reasons["640199"]


def test_a_first_candidate_naming_a_material_its_rivals_do_not_is_a_guess_the_line_is_told_about() -> None:
    texts = {
        "392490": "Household articles and toilet articles; of plastics",
        "691490": "Ceramic articles; n.e.c. in heading 6914, other than of porcelain or china",
        "960200": "Worked vegetable or mineral carving material",
    }
    rules = AttributeRules(texts.__getitem__)
    judgement = rules.judge("flowerpot", [("392490", 1.5), ("691490", 0.5), ("960200", 0.4)])

    assert "material not stated" in judgement.notes
    assert rules.names_any("392490", judgement.unstated)
    assert not rules.names_any("960200", judgement.unstated)


def test_a_generating_sets_kva_read_from_its_kw_says_what_the_line_wrote() -> None:
    texts = {
        "850211": "Electric generating sets; with compression-ignition internal combustion piston engines, "
        "of an output not exceeding 75kVA",
        "850212": "Electric generating sets; with compression-ignition internal combustion piston engines, "
        "of an output exceeding 75kVA but not exceeding 375kVA",
    }
    judgement = AttributeRules(texts.__getitem__).judge("Diesel generator 100 kW", [("850211", 1.0), ("850212", 1.0)])

    assert (
        "figures: 100 kW (125 kVA at power factor 0.8) stated, within the subheading's range"
        in (judgement.reasons["850212"])
    )
