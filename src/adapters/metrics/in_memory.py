from dataclasses import dataclass, field

from application.ports.metrics import Tags


@dataclass(frozen=True, slots=True)
class Sample:
    kind: str  # count | gauge | histogram | timing
    name: str
    value: float
    tags: tuple[tuple[str, str], ...] = ()


@dataclass
class RecordedMetrics:
    """The metrics twin: keeps every sample so that tests can read what the pipeline reported."""

    samples: list[Sample] = field(default_factory=list)
    flushes: int = 0

    def increment(self, name: str, value: int = 1, tags: Tags | None = None) -> None:
        self._add("count", name, value, tags)

    def gauge(self, name: str, value: float, tags: Tags | None = None) -> None:
        self._add("gauge", name, value, tags)

    def histogram(self, name: str, value: float, tags: Tags | None = None) -> None:
        self._add("histogram", name, value, tags)

    def timing(self, name: str, milliseconds: float, tags: Tags | None = None) -> None:
        self._add("timing", name, milliseconds, tags)

    def flush(self) -> None:
        self.flushes += 1

    def total(self, name: str, **tags: str) -> float:
        """The sum of the samples of `name` whose tags include `tags`."""
        wanted = set(tags.items())
        return sum(s.value for s in self.samples if s.name == name and wanted <= set(s.tags))

    def _add(self, kind: str, name: str, value: float, tags: Tags | None) -> None:
        self.samples.append(Sample(kind, name, value, tuple(sorted((tags or {}).items()))))
