"""The field a header cell names best, for tests of the header vocabulary."""

from adapters.reading.header_matching import field_scores


def best_field(header: str) -> str | None:
    scores = field_scores(header)
    return max(scores, key=lambda field: scores[field]) if scores else None
