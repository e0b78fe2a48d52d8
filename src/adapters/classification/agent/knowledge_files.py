"""The knowledge documents as a few markdown files, one per 2-digit prefix (an HS chapter)."""

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

GROUP_CHARS = 2
_UNSAFE = re.compile(r"[^0-9A-Za-z_-]")


@dataclass(frozen=True, slots=True)
class KnowledgeFile:
    """One file of the vector store; `digest` changes exactly when its content does."""

    group: str
    content: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.content).hexdigest()[:16]

    @property
    def filename(self) -> str:
        return f"gumruk-{_UNSAFE.sub('_', self.group)}-{self.digest}.md"


def knowledge_files(documents: Iterable[tuple[str, str]]) -> list[KnowledgeFile]:
    """Documents keyed by the code they explain: a chapter's subheadings, national lines and lexicon
    entries land in one file, sorted by key, so an edit re-uploads only that chapter's file."""
    groups: dict[str, dict[str, str]] = defaultdict(dict)
    for key, text in documents:
        groups[key.strip()[:GROUP_CHARS]][key.strip()] = text.strip()
    return [
        KnowledgeFile(group, "\n\n".join(f"## {key}\n{docs[key]}" for key in sorted(docs)).encode())
        for group, docs in sorted(groups.items())
    ]
