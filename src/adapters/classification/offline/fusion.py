"""Fusion of the evidence into one score per subheading, lifted by its heading's and chapter's support."""

import numpy as np

from adapters.classification.offline.code_groups import CodeGroups
from adapters.classification.offline.evidence import Evidence

# weights fitted on the dev file (875 lines) by coordinate search on 2026-11-26, checked on both trade sets
WEIGHTS = {"lexical": 0.45, "semantic": 0.02, "term": 0.25, "trigram": 0.5, "phrase": 1.0}
HEADING_SUPPORT = 0.2  # each signal's best subheading in a heading counts for the whole heading
CHAPTER_SUPPORT = 0.33
VOTE = 0.5  # weight of the nearest phrases' vote for a heading and chapter
RESIDUAL = 0.03  # a heading's "n.e.c." subheading takes the goods unless the line shows a specific sibling


def fuse(evidence: Evidence, groups: CodeGroups, residual: np.ndarray | None = None) -> np.ndarray:
    """(lines, subheadings) scores: own evidence + support of its heading and chapter.

    Support is pooled per signal: BM25 may prefer one sibling and the embeddings another, and the
    heading still gets both, so a well-supported heading beats a lone lucky subheading elsewhere.
    `residual` marks (1.0) the residual subheadings (see `Knowledge.residual`).
    """
    total = np.zeros_like(evidence.lexical)
    headings = np.zeros((len(total), len(groups.heading_starts)), dtype=total.dtype)
    chapters = np.zeros((len(total), len(groups.chapter_starts)), dtype=total.dtype)
    for name, weight in WEIGHTS.items():
        signal = getattr(evidence, name)
        total += weight * signal
        headings += weight * HEADING_SUPPORT * groups.heading_best(signal)
        chapters += weight * CHAPTER_SUPPORT * groups.chapter_best(signal)
    total += headings[:, groups.heading_of] + chapters[:, groups.chapter_of]
    total += VOTE * evidence.vote
    return total if residual is None else total + RESIDUAL * residual


def top_columns(scores: np.ndarray, count: int) -> np.ndarray:
    """Per row, the `count` best columns, best first."""
    count = min(count, scores.shape[1])
    part = np.argpartition(-scores, count - 1, axis=1)[:, :count]
    order = np.argsort(-np.take_along_axis(scores, part, axis=1), axis=1, kind="stable")
    return np.take_along_axis(part, order, axis=1)
