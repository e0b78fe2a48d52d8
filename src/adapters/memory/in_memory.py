from collections import Counter
from collections.abc import Sequence
from itertools import count

from adapters.clock.system import SystemClock
from application.memory.matching import TYPO_SIMILARITY, shared_words_needed
from application.memory.normalise import MemoryKey, memory_key, model_free_key
from application.memory.recall import recall_descriptions
from application.memory.remembered import Remembered
from application.ports.clock import Clock
from application.ports.memory import Confirmation, MemoryEntry
from domain.classification.candidate import Classification


class InMemoryClassificationMemory:
    """The memory twin, indexed like the SQL adapter: by key, by (word count, word), and one-word keys by length."""

    def __init__(self, clock: Clock | None = None, threshold: float = TYPO_SIMILARITY) -> None:
        self._clock, self._threshold = clock or SystemClock(), threshold
        self._entries: dict[tuple[str, str], Remembered] = {}
        self._ids: dict[tuple[str, str], int] = {}  # an entry keeps its id when a confirmation replaces it, as in SQL
        self._next_id = count(1)
        self._words: dict[tuple[str, int, str], set[str]] = {}
        self._one_word: dict[tuple[str, int], set[str]] = {}
        self._model_free: dict[tuple[str, str], set[str]] = {}  # (account, key without models) -> keys

    async def recall(self, account_id: str, descriptions: Sequence[str]) -> dict[str, Classification]:
        async def exact(keys: list[str]) -> dict[str, Remembered]:
            return {key: self._entries[account_id, key] for key in keys if (account_id, key) in self._entries}

        async def candidates(key: MemoryKey) -> list[Remembered]:
            return [self._entries[account_id, text] for text in self._candidate_keys(account_id, key)]

        async def model_free(keys: list[str]) -> dict[str, list[Remembered]]:
            return {key: [self._entries[account_id, text] for text in sorted(self._model_free[account_id, key])]
                    for key in keys if self._model_free.get((account_id, key))}  # fmt: skip

        return await recall_descriptions(descriptions, exact, candidates, self._threshold, model_free)

    async def remember(self, confirmation: Confirmation) -> None:
        """A later confirmation of the same product replaces the earlier one."""
        key = memory_key(confirmation.description)
        account = confirmation.account_id
        if (account, key.text) not in self._ids:
            self._ids[account, key.text] = next(self._next_id)
        self._entries[account, key.text] = Remembered(
            account, confirmation.description, key.text, confirmation.hs6, confirmation.national_code,
            confirmation.confirmed_by, self._clock.now(),
        )  # fmt: skip
        for word in key.tokens:
            self._words.setdefault((account, len(key.tokens), word), set()).add(key.text)
        if len(key.tokens) == 1:
            self._one_word.setdefault((account, len(key.text)), set()).add(key.text)
        without_models = model_free_key(confirmation.description).text
        self._model_free.setdefault((account, without_models), set()).add(key.text)

    async def entries(self, account_id: str | None = None) -> list[MemoryEntry]:
        found = [MemoryEntry(self._ids[place], entry) for place, entry in self._entries.items()
                 if account_id in (None, place[0])]  # fmt: skip
        return sorted(found, key=lambda listed: listed.id)

    async def forget(self, entry_id: int) -> MemoryEntry | None:
        place = next((place for place, number in self._ids.items() if number == entry_id), None)
        if place is None:
            return None
        account, text = place
        entry, tokens = self._entries.pop(place), text.split()
        del self._ids[place]
        for word in tokens:
            self._words.get((account, len(tokens), word), set()).discard(text)
        self._one_word.get((account, len(text)), set()).discard(text)
        self._model_free.get((account, model_free_key(entry.description).text), set()).discard(text)
        return MemoryEntry(entry_id, entry)

    def _candidate_keys(self, account_id: str, key: MemoryKey) -> set[str]:
        count = len(key.tokens)
        if count == 1:
            length = len(key.text)
            return {text for size in (length - 1, length, length + 1)
                    for text in self._one_word.get((account_id, size), ())}  # fmt: skip
        shared = Counter(text for word in key.tokens for text in self._words.get((account_id, count, word), ()))
        return {text for text, words in shared.items() if words >= shared_words_needed(key)}
