"""Each candidate's figure on the line's confidence scale, so that one line never shows two numbers for one code.

A candidate's score is its share of the engine's support (a softmax over its pool), not a probability; the line's
confidence is calibrated on labelled lines. The first candidate is given the line's confidence. The others keep
the ratios of their shares, multiplied by one factor: the calibration's own ratio (confidence / first share),
lowered when needed so that all the figures together never pass 100 %. So an alternative never shows above the
first unless the engine itself ranks it above (a supplier's declared code kept first). Where that declared code is in
conflict with the engine's, the engine's code shows the calibrated confidence the conflict's message gives it, and
the engine's other codes are put on its scale.

A line a broker corrected has no such figures: the code is the broker's, and the engine's old shares answered
another question.
"""

from domain.classification.candidate import Classification, Source


def shown_confidences(classification: Classification) -> list[float | None]:
    """One figure in [0, 1] per candidate, in their order; None for each candidate of a corrected line."""
    candidates = classification.candidates
    if classification.source is Source.REVIEW:
        return [None] * len(candidates)
    if not candidates:
        return []
    if classification.conflict is not None:
        return _beside_a_conflict(classification)
    confidence, first = classification.confidence, candidates[0].score
    factors = []
    if first > 0:
        factors.append(confidence / first)
    if first < 1:
        factors.append((1 - confidence) / (1 - first))
    factor = min(factors, default=1.0)
    return [confidence, *(min(1.0, max(0.0, candidate.score * factor)) for candidate in candidates[1:])]


def _beside_a_conflict(classification: Classification) -> list[float | None]:
    """The declared code first with its own confidence; the engine's choice at its calibrated confidence."""
    conflict = classification.conflict
    assert conflict is not None
    engine = classification.candidates[1:]
    share = next((candidate.score for candidate in engine if candidate.hs6 == conflict.engine), 0.0)
    factor = conflict.engine_confidence / share if share > 0 else 0.0
    figures = [conflict.engine_confidence if c.hs6 == conflict.engine else min(1.0, c.score * factor) for c in engine]
    return [classification.confidence, *figures]
