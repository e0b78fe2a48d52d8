"""A commodity code as a broker types it in review, and the national tariff line it names."""

from collections.abc import Iterable
from dataclasses import dataclass

from domain.classification.commodity_code import digits_of
from domain.errors import InvalidCommodityCode


@dataclass(frozen=True, slots=True)
class EnteredCode:
    """Separators dropped ('7304.39', '7304 39 000', '7304.39.00'): an HS-6 subheading, a full national line, or
    a prefix of one, such as the 8-digit Commodity_code the declaration writes (the last digit goes in
    Precision_1)."""

    digits: str
    national_length: int

    @classmethod
    def parse(cls, text: str, national_length: int) -> "EnteredCode":
        digits = digits_of(text)
        if not 6 <= len(digits) <= national_length or any(character.isalpha() for character in text):
            raise InvalidCommodityCode(
                f"'{text.strip()}' is neither an HS-6 subheading nor a {national_length}-digit national tariff line"
                f" (nor its first {national_length - 1} digits, as the declaration's commodity code)"
            )
        return cls(digits, national_length)

    @property
    def hs6(self) -> str:
        return self.digits[:6]

    @property
    def is_national(self) -> bool:
        """All the national digits are given."""
        return len(self.digits) == self.national_length > 6

    @property
    def is_prefix(self) -> bool:
        """More than HS-6, fewer than a national line: it names a line only when one line begins with it."""
        return 6 < len(self.digits) < self.national_length

    def matching(self, lines: Iterable[str]) -> list[str]:
        """The national lines that begin with these digits, in order."""
        return sorted(line for line in lines if line.startswith(self.digits))

    def line_among(self, lines: Iterable[str]) -> str | None:
        """The only national line (of the HS-6) that begins with these digits; None when none or several do."""
        matching = self.matching(lines)
        return matching[0] if len(matching) == 1 else None

    def open_line_note(self, lines: Iterable[str]) -> str:
        """Why a prefix left the national line open, and what to type to close it."""
        if matching := self.matching(lines):
            found = f"{len(matching)} national lines begin with {self.digits}: {', '.join(matching)}"
        else:
            found = f"no national tariff line begins with {self.digits}"
        return (
            f"{found}; {self.hs6} is kept and its national line is open: "
            f"type the {self.national_length}-digit line to choose one"
        )
