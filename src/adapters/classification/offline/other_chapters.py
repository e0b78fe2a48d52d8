"""When the engine is unsure, the reviewer's last choices come from other chapters than the first ones."""

from dataclasses import replace

from adapters.classification.offline.ranking import Ranking

UNSURE = 0.4  # below this confidence the line may be in another chapter altogether (dev file: top-5 +0.7 points
# at 0.3, +0.5 more at 0.4; trade sets unchanged, the Turkish/German one +1 line: their lines are rarely this unsure)
KEPT = 3  # candidates kept in place before those of other chapters


def with_other_chapters(ranking: Ranking, kept: int = KEPT) -> Ranking:
    """The first `kept` candidates, then those of chapters they do not show, then the rest, each in rank order."""
    shown = {code[:2] for code in ranking.codes[:kept]}
    later = range(kept, len(ranking.codes))
    order = [
        *range(min(kept, len(ranking.codes))),
        *(i for i in later if ranking.codes[i][:2] not in shown),
        *(i for i in later if ranking.codes[i][:2] in shown),
    ]
    return replace(
        ranking,
        codes=[ranking.codes[i] for i in order],
        shares=[ranking.shares[i] for i in order],
        similarity=[ranking.similarity[i] for i in order],
    )
