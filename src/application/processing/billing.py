"""What a job costs: one credit per line the engine or the agent classified."""

from collections.abc import Sequence

from application.ports.jobs import JobLine
from domain.classification.candidate import Source

CHARGED_SOURCES = frozenset({Source.ENGINE, Source.AGENT, Source.DECLARED})


def billable_lines(lines: Sequence[JobLine]) -> int:
    """Lines answered from memory and repeats of an earlier row of the same file are free."""
    return sum(
        1
        for line in lines
        if line.duplicate_of is None
        and line.classification is not None
        and line.classification.source in CHARGED_SOURCES
    )
