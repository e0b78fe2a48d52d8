"""Which national line under an HS-6 subheading a description names, and why.

A national code the supplier declared decides when it names a line in force. A size the description states
('420 l') rules out the lines whose bounds it breaks ('объемом не более 340 л'). Then each line's words are
weighed by how few of its sibling lines share them (a word every line has decides nothing), and the line whose
weighed words the description has most is chosen; an 'other' line counts half, so 'denim, cotton' goes to the
denim line rather than to 'of other cotton fabric'. Where the description names none, the residual line takes
it; where two lines fit equally, nothing is chosen.
"""

import math
from dataclasses import dataclass, replace
from functools import lru_cache

from application.tariff.size_fit import SizeFit, size_fit
from application.tariff.words import is_residual, same_word, words
from domain.classification.commodity_code import digits_of
from domain.classification.national_tariff import NationalTariffLine

_QUOTED_WORDS = 3
_RESIDUAL_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class LineChoice:
    """The line chosen (None when the description does not decide) and the reason, for the rationale or notes;
    when two or more lines fit equally, those lines; whether a person should check the line chosen."""

    line: NationalTariffLine | None
    reason: str
    tied: tuple[NationalTariffLine, ...] = ()
    to_check: bool = False


def _weights(lines: list[NationalTariffLine]) -> list[dict[str, float]]:
    """Per line, its words with weight log(lines / lines having the word); shared by all weighs nothing."""
    return _sibling_weights(tuple(tuple(line.texts.values()) for line in lines))


@lru_cache(maxsize=8192)
def _sibling_weights(texts_per_line: tuple[tuple[str, ...], ...]) -> list[dict[str, float]]:
    """Cached per set of sibling texts: a subheading's lines are weighed once, not once per description."""
    vocabularies = [list(dict.fromkeys(w for text in texts for w in words(text))) for texts in texts_per_line]
    weighted = []
    for own in vocabularies:
        weights = {}
        for word in own:
            sharing = sum(1 for other in vocabularies if any(same_word(word, w) for w in other))
            weights[word] = math.log(len(vocabularies) / sharing)
        weighted.append(weights)
    return weighted


def _is_residual(line: NationalTariffLine) -> bool:
    return any(is_residual(text) for text in line.texts.values())


def _residual(lines: list[NationalTariffLine]) -> NationalTariffLine | None:
    return next((ln for ln in lines if _is_residual(ln)), None)


def choose_line(description: str, lines: list[NationalTariffLine], declared: str | None = None) -> LineChoice:
    """`lines` are the lines in force under one HS-6 subheading, at least one; `declared` the supplier's code."""
    if len(lines) == 1:
        return LineChoice(lines[0], f"only line under {lines[0].hs6}")
    declared_digits = digits_of(declared or "")
    if named := next((ln for ln in lines if _names_line(declared_digits, ln.code)), None):
        return LineChoice(named, f"declared by the supplier ({declared}), a line in force among {len(lines)}")
    fit = size_fit(description, lines)
    if len(fit.fitting) == 1:
        return LineChoice(fit.fitting[0], f"{fit.ruled_out}; the only line left of {len(lines)}")
    said = words(description)
    choice = _by_words(said, fit)
    if fit.ruled_out:
        choice = replace(choice, reason=f"{fit.ruled_out}; {choice.reason}")
    return choice if choice.line is None or _shares_a_word(said, lines) else _across_languages(choice, lines)


def _shares_a_word(said: list[str], lines: list[NationalTariffLine]) -> bool:
    return any(same_word(w, d) for weights in _weights(lines) for w in weights for d in said)


def _across_languages(choice: LineChoice, lines: list[NationalTariffLine]) -> LineChoice:
    """A line chosen though no word of the description is in the lines' texts: most likely it is written in
    another language than the tariff, so its words could not tell the lines apart."""
    languages = ", ".join(sorted({language for line in lines for language in line.texts}))
    reason = (
        f"{choice.reason}; the description shares no word with the tariff's texts ({languages}), perhaps written "
        "in another language: check the line"
    )
    return replace(choice, reason=reason, to_check=True)


def _names_line(declared: str, code: str) -> bool:
    """The supplier's code is this line, or this line with one digit more: the Turkmen lines and the EAEU's 10
    digits both come from the CIS nomenclature. A Turkish GTİP (12 digits) or an EU code (8) shares only its first
    six digits with a Turkmen line, whatever its next digits."""
    return len(declared) in (len(code), len(code) + 1) and declared.startswith(code)


def _by_words(said: list[str], fit: SizeFit) -> LineChoice:
    """A bound the stated size meets counts as one more word of its line."""
    lines, backed = fit.fitting, len(fit.met)
    scored = []
    for line, weights in zip(lines, _weights(lines), strict=True):
        matched = [w for w, weight in weights.items() if weight > 0 and any(same_word(w, d) for d in said)]
        matched.sort(key=lambda w: -weights[w])
        score = sum(weights[w] for w in matched)
        if line.code in fit.met:
            matched.insert(0, fit.met[line.code])
            score += math.log(len(lines) / backed)
        share = _RESIDUAL_SHARE if _is_residual(line) else 1.0
        scored.append((share * score, matched, line))
    best = max(score for score, _, _ in scored)
    leaders = [(matched, line) for score, matched, line in scored if score == best]
    if best > 0 and len(leaders) == 1:
        matched, line = leaders[0]
        quoted = ", ".join(f"'{w}'" for w in matched[:_QUOTED_WORDS])
        return LineChoice(line, f"best match {quoted} among {len(lines)} lines")
    return _undecided(best, [line for _, line in leaders], lines)


def _undecided(best: float, leaders: list[NationalTariffLine], lines: list[NationalTariffLine]) -> LineChoice:
    """No line alone fits best: the residual line when it is among the best or nothing fits, else no line."""
    residual, others = _residual(lines), len(lines) - 1
    if residual is not None and best == 0:
        return LineChoice(residual, f"residual line: the description names none of the other {others}")
    if residual is not None and residual in leaders:
        return LineChoice(residual, f"residual line: none of the other {others} fits the description better")
    if best == 0:
        return LineChoice(None, f"the description names none of the {len(lines)} national lines under {lines[0].hs6}")
    tied = ", ".join(line.spaced_code for line in leaders)
    return LineChoice(None, f"the description fits national lines {tied} equally", tuple(leaders))
