"""A correction follows the product's other lines in the same job: the lines memory now answers with the code just
chosen (the same goods written with another model number, size or colour, a typo) take it, as the next file would,
with "from memory" as their reason, when the engine had classified them as it had the corrected line. Lines the
engine told apart (tea in packs of 100 g and of 5 kg: 0902.30 and 0902.40), lines a person already decided, and lines
still in conflict with their supplier's code are left as they are."""

from collections.abc import Sequence

from application.memory.normalise import memory_words
from application.ports.jobs import JobLine
from application.ports.memory import ClassificationMemory
from domain.classification.candidate import Candidate, Classification, Source, Suggestion

FOLLOWING = (Source.ENGINE, Source.AGENT, Source.DECLARED)  # the sources a correction may replace


async def following_the_correction(
    memory: ClassificationMemory, account_id: str, corrected: JobLine, chosen: Candidate, lines: Sequence[JobLine]
) -> list[JobLine]:
    """The lines among `lines` changed to `chosen`, after it was remembered for the line `corrected` (as it was
    before). Only lines sharing half its words or more are asked of memory: a correction in a list of thousands
    stays quick."""
    proposed = overruled(corrected.classification)
    if proposed is None:
        return []
    words = set(memory_words(corrected.line.description))
    open_lines = [line for line in lines if _may_follow(line.classification, proposed.hs6)
                  and _near(words, line.line.description)]  # fmt: skip
    recalled = await memory.recall(account_id, list({line.line.description for line in open_lines}))
    changed = []
    for line in open_lines:
        answer = recalled.get(line.line.description)
        first = answer.chosen if answer else None
        if answer is None or first is None or (first.hs6, first.national_code) != (chosen.hs6, chosen.national_code):
            continue
        line.classification = _followed(chosen, first, answer, line.classification)
        changed.append(line)
    return changed


def _near(words: set[str], description: str) -> bool:
    return 2 * len(words & set(memory_words(description))) >= len(words) > 0


def _may_follow(classification: Classification | None, proposed: str) -> bool:
    """Classified as the corrected line was (`proposed`, its first code before a person chose), by the engine, the
    agent or the supplier, and not in conflict."""
    if classification is None or classification.source not in FOLLOWING or classification.conflict is not None:
        return False
    return classification.chosen is not None and classification.chosen.hs6 == proposed


def _followed(
    chosen: Candidate, recalled: Candidate, answer: Classification, before: Classification | None
) -> Classification:
    """The chosen code with memory's reason and figure; the engine's candidates stay as alternatives, and its first
    as the suggestion the correction overruled."""
    first = Candidate(chosen.hs6, recalled.score, recalled.rationale, chosen.national_code, chosen.tariff_text)
    others = [c for c in (before.candidates if before else []) if c.hs6 != chosen.hs6]
    return Classification([first, *others], Source.MEMORY, answer.confidence, needs_review=answer.needs_review,
                          suggested=overruled(before))  # fmt: skip


def overruled(before: Classification | None) -> Suggestion | None:
    """What a line had first before a person's choice replaced it: the engine's (or memory's, the supplier's) code,
    or, on a line corrected before, what stood first before the first correction."""
    if before is None or before.source is Source.REVIEW:
        return before.suggested if before else None
    first = before.chosen
    return Suggestion(first.hs6, first.national_code, before.confidence, before.source) if first else None
