"""One flush interval of metrics, aggregated the way a Datadog agent would, as a `/api/v1/series` body.

Counts are summed, gauges keep their last value, and histograms (timings too) become `.avg`, `.max`,
`.median` and `.95percentile` gauges plus a `.count` count, since the v1 series API has no histogram type.
"""

import math
from dataclasses import dataclass, field
from typing import Any

Key = tuple[str, tuple[str, ...]]  # metric name, its tags


@dataclass
class SeriesWindow:
    counts: dict[Key, float] = field(default_factory=dict)
    gauges: dict[Key, float] = field(default_factory=dict)
    samples: dict[Key, list[float]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.counts) + len(self.gauges) + len(self.samples)

    def count(self, key: Key, value: float) -> None:
        self.counts[key] = self.counts.get(key, 0) + value

    def gauge(self, key: Key, value: float) -> None:
        self.gauges[key] = value

    def sample(self, key: Key, value: float) -> None:
        self.samples.setdefault(key, []).append(value)

    def series(self, timestamp: int, interval: int, host: str | None) -> list[dict[str, Any]]:
        """The window's points, all stamped `timestamp` (whole seconds)."""
        out = [_point(key, value, "count", timestamp, host, interval) for key, value in self.counts.items()]
        out += [_point(key, value, "gauge", timestamp, host) for key, value in self.gauges.items()]
        for (name, tags), values in self.samples.items():
            ordered = sorted(values)
            summary = {"avg": sum(ordered) / len(ordered), "max": ordered[-1], "median": _rank(ordered, 0.5),
                       "95percentile": _rank(ordered, 0.95)}  # fmt: skip
            out += [_point((f"{name}.{stat}", tags), v, "gauge", timestamp, host) for stat, v in summary.items()]
            out.append(_point((f"{name}.count", tags), len(ordered), "count", timestamp, host, interval))
        return out


def _rank(ordered: list[float], share: float) -> float:
    """The nearest-rank percentile, as the agent reports it."""
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def _point(
    key: Key, value: float, kind: str, timestamp: int, host: str | None, interval: int | None = None
) -> dict[str, Any]:
    name, tags = key
    point: dict[str, Any] = {"metric": name, "points": [[timestamp, value]], "type": kind, "tags": list(tags)}
    if interval is not None:
        point["interval"] = interval
    if host:
        point["host"] = host
    return point
