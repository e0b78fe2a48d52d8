"""Which national line under an HS-6 subheading a description names, and why.

Each line's words are weighed by how few of its sibling lines share them (a word every line has decides
nothing); the line whose weighed words the description has most is chosen. Where the description names none,
the subheading's residual line ('прочие', 'other') takes it; where two lines fit equally, nothing is chosen.
"""

import math
from dataclasses import dataclass

from application.tariff.words import is_residual, same_word, words
from domain.classification.national_tariff import NationalTariffLine

_QUOTED_WORDS = 3


@dataclass(frozen=True, slots=True)
class LineChoice:
    """The line chosen (None when the description does not decide) and the reason, for the rationale or notes."""

    line: NationalTariffLine | None
    reason: str


def _line_words(line: NationalTariffLine) -> list[str]:
    return list(dict.fromkeys(w for text in line.texts.values() for w in words(text)))


def _weights(lines: list[NationalTariffLine]) -> list[dict[str, float]]:
    """Per line, its words with weight log(lines / lines having the word); shared by all weighs nothing."""
    vocabularies = [_line_words(line) for line in lines]
    weighted = []
    for own in vocabularies:
        weights = {}
        for word in own:
            sharing = sum(1 for other in vocabularies if any(same_word(word, w) for w in other))
            weights[word] = math.log(len(lines) / sharing)
        weighted.append(weights)
    return weighted


def _residual(lines: list[NationalTariffLine]) -> NationalTariffLine | None:
    return next((ln for ln in lines if any(is_residual(text) for text in ln.texts.values())), None)


def choose_line(description: str, lines: list[NationalTariffLine]) -> LineChoice:
    """`lines` are the lines in force under one HS-6 subheading, at least one."""
    if len(lines) == 1:
        return LineChoice(lines[0], f"only line under {lines[0].hs6}")
    said = words(description)
    scored = []
    for line, weights in zip(lines, _weights(lines), strict=True):
        matched = [w for w, weight in weights.items() if weight > 0 and any(same_word(w, d) for d in said)]
        matched.sort(key=lambda w: -weights[w])
        scored.append((sum(weights[w] for w in matched), matched, line))
    best = max(score for score, _, _ in scored)
    leaders = [(matched, line) for score, matched, line in scored if score == best]
    if best > 0 and len(leaders) == 1:
        matched, line = leaders[0]
        quoted = ", ".join(f"'{w}'" for w in matched[:_QUOTED_WORDS])
        return LineChoice(line, f"best match {quoted} among {len(lines)} lines")
    residual = _residual(lines)
    if residual is not None and (best == 0 or any(line is residual for _, line in leaders)):
        return LineChoice(residual, f"residual line: the description names none of the other {len(lines) - 1}")
    if best == 0:
        return LineChoice(None, f"the description names none of the {len(lines)} national lines under {lines[0].hs6}")
    tied = " and ".join(line.spaced_code for _, line in leaders)
    return LineChoice(None, f"the description fits national lines {tied} equally")
