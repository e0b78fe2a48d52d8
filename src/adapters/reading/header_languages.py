"""The vocabulary files (languages, roughly) a header row is written in, told by the cells naming a field exactly:
a word cut short is written out only as a word of these ('Disc.' beside 'Qty' and 'Unit price' is no Portuguese
'Discriminação')."""

from adapters.reading.header_notes import BRACKETS
from adapters.reading.text_keys import text_key
from adapters.reading.vocabulary import header_keys_by_file


def _files_naming(text: str) -> frozenset[str]:
    keys = {text_key(text), text_key(BRACKETS.sub(" ", text).split(",")[0])}
    return frozenset(name for name, known in header_keys_by_file().items() if keys & known)


def header_languages(texts: list[str]) -> frozenset[str]:
    """The files every cell naming a field exactly shares, or else any of them holds; none (read as all) when no
    cell names one."""
    named = [files for text in texts if text and (files := _files_naming(text))]
    if not named:
        return frozenset()
    shared = frozenset.intersection(*named)
    return shared or frozenset.union(*named)
