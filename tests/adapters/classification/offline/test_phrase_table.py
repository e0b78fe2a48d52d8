import numpy as np

from adapters.classification.offline.char_grams import CharGramIndex
from adapters.classification.offline.code_groups import CodeGroups
from adapters.classification.offline.phrase_table import VOTE_TEMPERATURE, VOTERS, PhraseTable

CODES = [f"{chapter}{heading:02d}{sub}" for chapter in (33, 61) for heading in range(1, 7) for sub in range(10, 60, 10)]


def _table(phrase_codes: list[str], groups: CodeGroups, phrases: list[str] | None = None) -> PhraseTable:
    slots = np.array([groups.slots[code] for code in phrase_codes])
    starts = np.flatnonzero(np.r_[True, np.diff(slots) != 0])
    return PhraseTable(
        vectors=np.zeros((len(phrase_codes), 4), dtype=np.float32),
        basis=np.zeros((0, 0), dtype=np.float32),
        trigrams=CharGramIndex.build(phrases or []),
        slot_starts=starts,
        slots=slots[starts],
        heading_of=np.array([groups.heading_index[code[:4]] for code in phrase_codes]),
        chapter_of=np.array([groups.chapter_index[code[:2]] for code in phrase_codes]),
        slot_count=len(groups.slots),
    )


def test_the_vote_of_the_nearest_phrases_matches_a_full_sort() -> None:
    phrase_codes = sorted(CODES * 3)  # more codes than voters; sorted by code = sorted by slot
    groups = CodeGroups(CODES, phrase_codes)
    table = _table(phrase_codes, groups)
    similarity = np.random.default_rng(5).uniform(size=(3, len(phrase_codes))).astype(np.float32)

    vote = table.vote(similarity, table.best_per_slot(similarity), groups)

    for row in range(3):
        nearest = np.argsort(-similarity[row])[:VOTERS]
        weights = np.exp((similarity[row, nearest] - similarity[row, nearest[0]]) / VOTE_TEMPERATURE)
        weights /= weights.sum()
        expected = np.zeros(len(CODES))
        for phrase, weight in zip(nearest, weights, strict=True):
            for column, code in enumerate(CODES):
                expected[column] += 0.5 * weight * (code[:4] == phrase_codes[phrase][:4])
                expected[column] += 0.5 * weight * (code[:2] == phrase_codes[phrase][:2])
        np.testing.assert_allclose(vote[row], expected, rtol=1e-4, atol=1e-6)


def test_each_code_gets_its_nearest_phrase() -> None:
    phrase_codes = ["330110", "330110", "610290"]
    groups = CodeGroups(CODES, phrase_codes)
    table = _table(phrase_codes, groups)

    best = table.best_per_slot(np.array([[0.2, 0.7, 0.4]], dtype=np.float32))

    np.testing.assert_allclose(best, [[0.7, 0.4]])


def test_each_code_gets_its_nearest_spelling_above_the_floor() -> None:
    phrase_codes = ["330510", "330590", "610290", "610290", "610290", "610290"]
    phrases = ["shampoo", "hair conditioner", "cardigan", "pullover", "jumper", "waistcoat"]
    table = _table(phrase_codes, CodeGroups(CODES, phrase_codes), phrases)

    best = table.trigram_best_per_slot(["shampo", "hair condtioner", "xyz"], 0.5)

    assert best[0, 0] > 0.5 and best[0, 1] == best[0, 2] == 0.0
    assert best[1, 1] > 0.5 and best[1, 0] == best[1, 2] == 0.0
    assert not best[2].any()
