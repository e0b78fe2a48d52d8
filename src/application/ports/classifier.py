from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from domain.classification.candidate import Classification


@dataclass(frozen=True, slots=True)
class ClassificationRequest:
    """One distinct description to classify, with the code the supplier declared if any."""

    description: str
    declared_code: str | None = None


class Classifier(Protocol):
    """A batch of product descriptions in, for each the ranked candidates out (same order)."""

    def classify(self, requests: Sequence[ClassificationRequest], top: int = 5) -> list[Classification]: ...


class ClassifierReadiness(Protocol):
    """Whether the classifier answers at once or first waits for its index (minutes, the first time it starts)."""

    def waiting_for(self) -> str | None:
        """None when ready; else what the lines wait for, in words for the broker."""
        ...


class NationalLines(Protocol):
    """Settles the national tariff line of classifications made elsewhere (recalled from memory)."""

    def settle(
        self, requests: Sequence[ClassificationRequest], results: Sequence[Classification]
    ) -> list[Classification]: ...


class LanguageTariffTexts(Protocol):
    """The text of a national line (or HS code) in a language its tariff has, else in the tariff's own first one."""

    def tariff_text(self, code: str, language: str | None = None) -> str | None: ...


class Nomenclature(Protocol):
    """The HS subheadings (and national tariff lines once imported) a code is checked against."""

    def tariff_text(self, code: str) -> str | None:
        """The description of an HS-6 subheading or national line; None when the code does not exist."""
        ...

    def national_lines(self, hs6: str, country: str) -> list[tuple[str, str]]:
        """The national tariff lines (code, text) under an HS-6 subheading; empty when none are loaded."""
        ...

    def supplementary_unit(self, code: str) -> str | None:
        """The Rec 20 unit a national line's supplementary quantity is declared in; NO_SUPPLEMENTARY_UNIT ('') when
        the line prescribes none; None when no loaded tariff has the line."""
        ...
