"""The product-type lexicon: every CSV under a folder, rows `code,terms[,note]`, tolerant of gaps."""

import csv
import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicon"
_CODE_LENGTHS = {4, 6}


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """Phrases (EN/RU/TK, abbreviations, trade jargon) that name goods of one heading or subheading."""

    code: str
    terms: tuple[str, ...]
    note: str
    origin: str  # "file.csv:row", for rationales and for finding a wrong entry


@dataclass(frozen=True, slots=True)
class Lexicon:
    entries: tuple[LexiconEntry, ...]
    fingerprint: str  # hash of the file names and contents, part of the index cache key
    skipped: tuple[str, ...] = ()  # "file.csv:row: reason" for rows that could not be used


def load_lexicon(directory: Path = DEFAULT_LEXICON_DIR) -> Lexicon:
    """Reads every `*.csv` in the folder; a missing or empty folder gives an empty lexicon."""
    digest = hashlib.sha256()
    entries: list[LexiconEntry] = []
    skipped: list[str] = []
    for path in sorted(directory.glob("*.csv")) if directory.is_dir() else []:
        content = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + content + b"\0")
        _read_rows(path.name, content.decode("utf-8-sig", errors="replace"), entries, skipped)
    for problem in skipped:
        log.warning("lexicon row skipped: %s", problem)
    return Lexicon(tuple(entries), digest.hexdigest()[:16], tuple(skipped))


def _read_rows(name: str, text: str, entries: list[LexiconEntry], skipped: list[str]) -> None:
    reader = csv.reader(io.StringIO(text))
    for row in reader:
        row_number = reader.line_num
        if not row or not "".join(row).strip() or row[0].strip().startswith("#"):
            continue
        code = row[0].strip().replace(".", "")
        if row_number == 1 and not code.isdigit():
            continue  # header
        origin = f"{name}:{row_number}"
        if not code.isdigit() or len(code) not in _CODE_LENGTHS:
            skipped.append(f"{origin}: column 'code' is {row[0]!r}, not a 4- or 6-digit code")
            continue
        terms = tuple(term.strip() for term in (row[1] if len(row) > 1 else "").split("|") if term.strip())
        if not terms:
            skipped.append(f"{origin}: column 'terms' is empty")
            continue
        note = row[2].strip() if len(row) > 2 else ""
        entries.append(LexiconEntry(code, terms, note, origin))
