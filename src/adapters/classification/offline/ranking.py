"""One batch of descriptions -> ranked subheadings with scores, reasons, notes and features."""

from dataclasses import dataclass, field

import numpy as np

from adapters.classification.offline.abbreviations import Abbreviations, Expander
from adapters.classification.offline.attribute_rules import AttributeRules
from adapters.classification.offline.code_groups import CodeGroups
from adapters.classification.offline.engine_index import EngineIndex
from adapters.classification.offline.evidence import Evidence, gather, goods_stems
from adapters.classification.offline.fusion import WEIGHTS, fuse, top_columns
from adapters.classification.offline.initials import acronyms
from adapters.classification.offline.knowledge import Knowledge
from adapters.classification.offline.lookalike_words import with_cyrillic_lookalikes
from adapters.classification.offline.packing import without_packing
from adapters.classification.offline.parts_codes import parts_of
from adapters.classification.offline.phrase_matcher import PhraseHit, PhraseMatcher, Readings
from adapters.classification.offline.phrase_table import PhraseTable
from adapters.classification.offline.references import without_references
from adapters.classification.offline.semantic_index import Encoder
from adapters.classification.offline.sibling_words import SiblingWords
from adapters.classification.offline.stemming import stem
from adapters.classification.offline.text import keys_as_plain, matching_keys, stems, writes_turkmen
from adapters.classification.offline.vehicle_parts import put_vehicles_below_the_goods, vehicle_columns
from adapters.classification.offline.word_options import WordOptions, readings

POOL = 30  # candidates the attribute rules look at
SIBLINGS = 3  # subheadings of one heading among the candidates before those of the next heading
CLOSE_RACE = 0.1  # ... unless the first two are this close: then what the line leaves open decides between
# siblings, and the reviewer sees them all (dev file: top-5 +0.8, trade sets unchanged)
SHARE_TEMPERATURE = 0.08  # softmax temperature turning final scores into shares of support
_BATCH = 256
SIBLING = 0.1  # weight of the words that tell the first heading's subheadings apart (see sibling_words)
FIELD_WIDTH = 28  # a line this long that ends in a letter may have lost the end of its last word


def varied_order(order: np.ndarray, headings: list[str], siblings: int = SIBLINGS) -> np.ndarray:
    """The order with at most `siblings` subheadings of one heading before the others: a reviewer's five
    choices span the likely headings instead of five siblings of one."""
    seen: dict[str, int] = {}
    first: list[int] = []
    later: list[int] = []
    for position, heading in zip(order, headings, strict=True):
        seen[heading] = seen.get(heading, 0) + 1
        (first if seen[heading] <= siblings else later).append(position)
    return np.array(first + later, dtype=order.dtype)


def found_only_as_read(hits: list[PhraseHit], code: str, written: set[str]) -> float:
    """1 when every lexicon phrase behind the first candidate was found only as read or expanded (a misspelling
    or shorthand the line may not mean): "glp" read as "gulp" is weaker evidence than "gulp" written."""
    behind = [hit for hit in hits if code.startswith(hit.term.code)]
    return float(bool(behind) and not any(hit.exact and written.issuperset(hit.term.keys) for hit in behind))


def _fills_field(line: str) -> bool:
    return len(line) >= FIELD_WIDTH and line[-1:].isalpha()


@dataclass(slots=True)
class Ranking:
    description: str
    codes: list[str]
    shares: list[float]  # softmax of the final scores over the pool, best first
    similarity: list[float]  # cosine of the description and each candidate's tariff text
    features: list[float]  # see calibration.FEATURES
    hits: list[PhraseHit]
    reasons: dict[str, list[str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    contradicted: dict[str, str] = field(default_factory=dict)  # code -> what the line states that it excludes


class Ranker:
    def __init__(self, knowledge: Knowledge, index: EngineIndex, encoder: Encoder, rules: AttributeRules) -> None:
        self._index = index
        self._encoder = encoder
        self._rules = rules
        self.groups = CodeGroups(knowledge.codes, [term.code for term in knowledge.terms])
        self._matcher = PhraseMatcher(knowledge.terms, lambda key: index.lexical.idf(stem(key.lstrip("-"))))
        self._known = index.lexical.vocabulary.__contains__
        self._expand = Expander(Abbreviations(knowledge.vocabulary()), self._known)
        self._options = WordOptions(self._matcher.words())
        self._turkmen_words = knowledge.turkmen_words
        self._residual = np.array(knowledge.residual(), dtype=np.float32)
        self._phrases = PhraseTable.build(knowledge, index, self.groups)
        self._siblings = SiblingWords(knowledge.subheadings, knowledge.terms)
        self._vehicles = vehicle_columns(self.groups.codes)
        self._parts = parts_of(knowledge.subheadings)

    def rank(self, descriptions: list[str]) -> list[Ranking]:
        rankings: list[Ranking] = []
        for start in range(0, len(descriptions), _BATCH):
            written = descriptions[start : start + _BATCH]
            chunk = [self._read(description) for description in written]
            queries = self._encoder.encode(chunk)
            read = [self._readings(line) for line in chunk]
            evidence = gather(chunk, queries, self._index, self._phrases, self.groups, self._matcher, read, self._parts)
            scores = fuse(evidence, self.groups, self._residual)
            put_vehicles_below_the_goods(scores, chunk, evidence.hits, self._vehicles)
            scores += self._within_first_heading(scores, chunk)
            pools = top_columns(scores, POOL)
            agreement = self._agreement(evidence, pools[:, 0])
            for row, description in enumerate(chunk):
                cosines = self._index.subheading_vectors[pools[row]] @ queries[row]
                ranking = self._rerank(description, row, pools[row], scores, evidence, agreement[row], cosines)
                as_written = set(matching_keys(written[row]))
                ranking.features.append(found_only_as_read(ranking.hits, ranking.codes[0], as_written))
                rankings.append(ranking)
        return rankings

    def _read(self, description: str) -> str:
        """The line as the engine reads it: references and packing out, look-alike letters and shorthand read."""
        return self._expand(with_cyrillic_lookalikes(without_packing(without_references(description)), self._known))

    def _rerank(
        self,
        description: str,
        row: int,
        pool: np.ndarray,
        scores: np.ndarray,
        evidence: Evidence,
        agreement: float,
        cosines: np.ndarray,
    ) -> Ranking:
        codes = [self.groups.codes[column] for column in pool]
        ranked = list(zip(codes, scores[row, pool].tolist(), strict=True))
        judgement = self._rules.judge(description, ranked)
        final = np.array([score + judgement.adjustments.get(code, 0.0) for code, score in ranked])
        order = np.argsort(-final, kind="stable")
        margin = float(final[order[0]] - final[order[1]]) if len(final) > 1 else float(final[order[0]])
        siblings = len(order) if margin < CLOSE_RACE else SIBLINGS
        order = varied_order(order, [codes[position][:4] for position in order], siblings)
        final, pool, cosines = final[order], pool[order], cosines[order]
        shares = np.exp((final - final[0]) / SHARE_TEMPERATURE)
        shares /= shares.sum()
        first = self.groups.codes[pool[0]]
        features = [
            float(final[0]),
            margin,
            float(evidence.phrase[row, pool[0]]),
            agreement,
            self._explained(description, int(pool[0])),
            float(self._rules.names_any(first, judgement.unstated)),
        ]
        return Ranking(
            description=description,
            codes=[self.groups.codes[column] for column in pool],
            shares=shares.tolist(),
            similarity=cosines.tolist(),
            features=features,
            hits=evidence.hits[row],
            reasons=judgement.reasons,
            notes=judgement.notes,
            contradicted=judgement.contradicted,
        )

    def _within_first_heading(self, scores: np.ndarray, chunk: list[str]) -> np.ndarray:
        """Lifts the subheadings of each line's best heading by the words that tell them apart ("ladies
        trousers": 6204.6x over the suits and jackets beside it); other headings are left alone."""
        first = self.groups.heading_of[scores.argmax(axis=1)]
        same = self.groups.heading_of[None, :] == first[:, None]
        return SIBLING * self._siblings.signal([goods_stems(line) for line in chunk]) * same

    def _readings(self, line: str) -> Readings:
        keys = matching_keys(line)
        turkmen = writes_turkmen(line) or any(len(key) > 3 and key in self._turkmen_words for key in keys)
        cut = _fills_field(line)
        read = readings(keys, self._options, self._known_key, cut, turkmen, self._turkmen_words, acronyms(line))
        if writes_turkmen(line):
            for position, (key, plain) in enumerate(zip(keys, keys_as_plain(line), strict=True)):
                if plain != key and not key.startswith("-"):
                    read[position] = (*read.get(position, ()), (plain, 1.0))
        return read

    def _known_key(self, key: str) -> bool:
        return self._known(stem(key))

    def _explained(self, description: str, column: int) -> float:
        """IDF share of the description's words found in the first candidate's document (brands lower it)."""
        lexical = self._index.lexical
        weights = {word: lexical.idf(word) for word in set(stems(description))}
        total = sum(weights.values())
        found = sum(weight for word, weight in weights.items() if lexical.contains(word, column))
        return found / total if total else 0.0

    def _agreement(self, evidence: Evidence, best: np.ndarray) -> np.ndarray:
        """Share of the signals whose own best subheading lies in the heading ranked first."""
        heading_of = self.groups.heading_of
        agree = np.zeros(len(best))
        for name in WEIGHTS:
            signal = getattr(evidence, name)
            own_best = signal.argmax(axis=1)
            agree += (heading_of[own_best] == heading_of[best]) & (signal.max(axis=1) > 0)
        return agree / len(WEIGHTS)
