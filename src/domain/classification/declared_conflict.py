"""When the supplier's own code and the engine's first choice are a conflict a person must decide (ADR 0003).

The supplier's code stays the proposal: the supplier may know the goods better, and a broker must never have a
code replaced without a word. But where the engine is sure of another code, the line is a conflict: it is named
first wherever the job is shown, and no declaration is written until a person has chosen one code or the other.

The engine's confidence is calibrated: the probability that its first choice is right. At the level where its
own code would be accepted without review (0.9) the supplier's is right at most one time in ten; any other
subheading is then a conflict, a sibling in the same heading too (a kettle is no tea maker). Codes in different
chapters are different goods altogether (another duty, other licences), so a smaller certainty already stops the
line: 0.75, three to one against the supplier. Below that the engine is unsure and the supplier's code stands,
needing review as before, unless the line itself states what the supplier's code excludes (tea 'in packs of 250 g'
declared as packings over 3 kg, a 'seamless' pipe declared as welded) and the engine's code agrees with it: that is
a conflict however unsure the engine is otherwise.
"""

from domain.classification.candidate import Candidate, DeclaredConflict

SURE_OF_ANOTHER_CODE = 0.9  # the engine's auto-accept level (GUMRUK_REVIEW_THRESHOLD), unless told another
SURE_OF_ANOTHER_CHAPTER = 0.75
ANOTHER_CHAPTER, ANOTHER_HEADING, ANOTHER_SUBHEADING = "another chapter", "another heading", "another subheading"


def declared_conflict(
    declared: Candidate,
    engine: Candidate,
    engine_confidence: float,
    sure: float = SURE_OF_ANOTHER_CODE,
    contradiction: str = "",
) -> DeclaredConflict | None:
    """The conflict between the supplier's code `declared` and the engine's first choice `engine`, whose calibrated
    confidence is `engine_confidence`; None when they agree or the engine is not sure enough. `sure`: the level at
    which the engine's own code is accepted without review; `contradiction`: what the line states that the declared
    code excludes and the engine's does not (a conflict at any confidence)."""
    if declared.hs6 == engine.hs6:
        return None
    if declared.hs6[:2] != engine.hs6[:2]:
        apart, needed = ANOTHER_CHAPTER, min(SURE_OF_ANOTHER_CHAPTER, sure)
    else:
        apart = ANOTHER_HEADING if declared.hs6[:4] != engine.hs6[:4] else ANOTHER_SUBHEADING
        needed = sure
    if engine_confidence < needed and not contradiction:
        return None
    return DeclaredConflict(
        declared.hs6,
        declared.tariff_text or "",
        engine.hs6,
        engine.tariff_text or "",
        engine_confidence,
        apart,
        contradiction,
    )


def conflict_reason(conflict: DeclaredConflict) -> str:
    """What a broker reads on the line's row: both codes with their tariff texts, how sure the engine is, and why
    nothing is declared yet."""
    codes = (
        f"the supplier's code {_dotted(conflict.declared)} '{_short(conflict.declared_text)}' conflicts with the "
        f"engine's {_dotted(conflict.engine)} '{_short(conflict.engine_text)}'"
    )
    if conflict.contradiction:
        why = f"the line states {conflict.contradiction}, which the supplier's code excludes"
    else:
        why = f"{_percent(conflict)} % sure"
    return f"{codes} ({why}, {conflict.apart}): choose one in review; no declaration is written until then"


def _dotted(hs6: str) -> str:
    return f"{hs6[:4]}.{hs6[4:]}"


def _percent(conflict: DeclaredConflict) -> int:
    return int(conflict.engine_confidence * 100)  # never rounded up to a certainty the engine has not


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split()).replace("'", "’")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
