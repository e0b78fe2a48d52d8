"""Start-up: the first engine builds and caches its index, the next one loads it (a tiny nomenclature)."""

import json
from pathlib import Path

import pytest

from adapters.classification.nomenclature import HsNomenclature
from adapters.classification.offline import OfflineClassifier
from application.ports.classifier import ClassificationRequest

pytestmark = pytest.mark.slow

CODES = {
    "33": "Essential oils; perfumery, cosmetic or toilet preparations",
    "3304": "Cosmetic and toilet preparations",
    "330410": "Cosmetic and toilet preparations; lip make-up",
    "330420": "Cosmetic and toilet preparations; eye make-up",
    "61": "Apparel and clothing accessories; knitted or crocheted",
    "6109": "T-shirts, singlets and other vests; knitted or crocheted",
    "610910": "T-shirts, singlets and other vests; of cotton, knitted or crocheted",
    "610990": "T-shirts, singlets and other vests; of textile materials (other than cotton), knitted or crocheted",
}


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[HsNomenclature, Path]:
    sections = {"VI": ["33"], "XI": ["61"]}
    section_of = {chapter: section for section, chapters in sections.items() for chapter in chapters}
    entries = [
        {"hscode": code, "description": text, "level": str(len(code)), "section": section_of[code[:2]]}
        for code, text in CODES.items()
    ]
    database = tmp_path / "database"
    database.mkdir()
    (database / "hscodes.json").write_text(json.dumps({"hscodes": entries}), encoding="utf-8")
    names = [{"section": "VI", "name": "Chemical products"}, {"section": "XI", "name": "Textiles"}]
    (database / "sections.json").write_text(json.dumps({"sections": names}), encoding="utf-8")
    lexicon = tmp_path / "lexicon"
    lexicon.mkdir()
    (lexicon / "cosmetics.csv").write_text("code,terms,note\n330420,mascara|тушь,\n", encoding="utf-8")
    return HsNomenclature(database), lexicon


def test_the_second_engine_loads_what_the_first_built(tiny: tuple[HsNomenclature, Path], tmp_path: Path) -> None:
    nomenclature, lexicon = tiny
    cache = tmp_path / "cache"
    first = OfflineClassifier(cache, nomenclature=nomenclature, lexicon_dir=lexicon)
    second = OfflineClassifier(cache, nomenclature=nomenclature, lexicon_dir=lexicon)

    cold, warm = first.warm_up(), second.warm_up()

    assert (cold.from_cache, warm.from_cache) == (False, True)
    assert warm.index_path is not None and warm.index_path.parent == cache
    assert cold.subheadings == warm.subheadings == 4
    request = [ClassificationRequest("тушь")]
    assert first.classify(request) == second.classify(request)
    assert second.classify(request)[0].candidates[0].hs6 == "330420"


def test_a_changed_lexicon_is_a_new_index(tiny: tuple[HsNomenclature, Path], tmp_path: Path) -> None:
    nomenclature, lexicon = tiny
    OfflineClassifier(tmp_path / "cache", nomenclature=nomenclature, lexicon_dir=lexicon).warm_up()
    (lexicon / "apparel.csv").write_text("code,terms,note\n6109,t-shirt|футболка,\n", encoding="utf-8")

    startup = OfflineClassifier(tmp_path / "cache", nomenclature=nomenclature, lexicon_dir=lexicon).warm_up()

    assert not startup.from_cache
    assert startup.lexicon_terms == 4
