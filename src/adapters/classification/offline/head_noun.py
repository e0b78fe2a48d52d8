"""The head noun of a line or a lexicon phrase: the word that names the goods, not what qualifies them."""

import re
from functools import lru_cache

from adapters.classification.offline.qualifiers import qualifiers
from adapters.classification.offline.text import TURKISH_LETTERS, after_separator, is_content, is_turkmen, words
from adapters.classification.offline.word_lists import listed

_HEAD_ENDS = listed(
    "of with for from in on made consisting comprising containing featuring designed used "
    "constructed composed manufactured intended packaged measuring weighing fueled fuelled powered operated by "
    "which that having incl including для из с в на от"
)
_UNITS = listed("mm cm m kg g w kw v kva l ml mah inch ft hp bar psi hz gb tb mic")
SPEC_AFTER = 2  # content words an exporter's line names the goods with before its specs ("ELECTRIC DRILL 800W ...")
_COPULAS = listed("is are")  # a ruling's "The merchandise is a women's pullover ...": the goods follow
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?%")  # "Soybean meal 46% protein": a share of what the goods hold


def is_english(tokens: list[str]) -> bool:
    return not is_turkmen(tokens) and not any("а" <= letter <= "я" for token in tokens for letter in token)


def _writes_turkish(description: str) -> bool:
    """A letter only Turkish writes ('Kadın bornozu'): normalising folds it, so it is looked for as written."""
    return not TURKISH_LETTERS.isdisjoint(description)


def head_position(description: str) -> int | None:
    """Position among the content words of the head noun; qualifiers (sizes, counts, colours, materials,
    wearers, model numbers) are the head only when nothing else is.

    English names the goods last before "of/with/for..." or a comma ("shaving gel 200ml" -> gel, "gloves,
    rubber, size L" -> gloves), after "is" in a ruling's sentence ("The item is a men's jacket of ...");
    Russian, Turkmen and Turkish invoice lines name them first ("Teker ýük awtoulagy üçin": a tyre for a truck;
    "Kadın bornozu %100 pamuk havlu": a bathrobe of cotton towelling).
    """
    tokens = words(description)
    details = qualifiers(description)
    if not details:
        return None
    if not is_english(tokens) or _writes_turkish(description):  # Turkish names the goods first, as Turkmen does
        return next((position for position, detail in enumerate(details) if not detail), 0)
    position, head, before = 0, None, ""
    percents = set(_PERCENT.findall(description))
    for index, (token, after_comma) in enumerate(zip(tokens, after_separator(description), strict=True)):
        share = before in percents and position >= 1  # "Vodka 40% alcohol", "Soybean meal 46% protein"
        spec = share or (
            _is_spec(before, token) and position >= SPEC_AFTER and not _names_goods_after(tokens[index + 1 :])
        )
        ends = token in _HEAD_ENDS or after_comma or spec
        if ends and head is not None and not details[head]:
            break  # "set of 4 wine glasses": a qualifier before "of" is not yet the goods
        before = token
        if token in _COPULAS:
            head = None
        elif is_content(token) and (not details[position] or head is None):
            head = position
        position += is_content(token)
    return head


@lru_cache(maxsize=2**18)
def phrase_head(phrase: str) -> int:
    """Which word of an English lexicon phrase names its goods: "pipe tobacco" is tobacco, "tobacco pipe" a pipe."""
    return head_position(phrase) or 0


def _names_goods_after(rest: list[str]) -> bool:
    """One word alone after a figure names the goods ("CAR BATTERY 12 V CHARGER"); more are specs."""
    return len([token for token in rest if is_content(token) and token not in _UNITS]) == 1


def _is_spec(before: str, token: str) -> bool:
    """A figure with its unit ("800 w", "13 mm"): exporters write the specs after the goods."""
    return before[:1].isdigit() and token in _UNITS
