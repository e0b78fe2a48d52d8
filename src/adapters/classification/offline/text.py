"""Text normalisation for matching: unicode, case, separators, stop words and stems (EN/RU/TK and the suppliers'
languages: Chinese cut into words, Arabic without its article)."""

import itertools
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from adapters.classification.offline.chinese_words import is_chinese, spaced_chinese
from adapters.classification.offline.spelling import british
from adapters.classification.offline.stemming import light_stem, stem
from adapters.classification.offline.word_lists import listed
from domain.goods.mixed_alphabets import in_one_alphabet

# a word, a number, or a slash abbreviation of two single letters ("х/б" cotton, "б/у" used, "l/s" long sleeve)
# ... or two letters joined by "&" ("b&h", "s&g": a brand's initials on a parcel line), or one or two letters
# and a number ("e45", "no7", "d3", "a4": brands and grades; "x24" stays a count)
_WORD = re.compile(r"[^\W\d_][/&][^\W\d_](?![^\W\d_])|\b(?![xх]\d)[^\W\d_]{1,2}\d{1,3}\b|[^\W\d_]+|\d+(?:[.,]\d+)?")
_INITIALISM = re.compile(r"\b(?:[^\W\d_]\.){2,}(?![^\W\d_])")  # "e.l.f." -> "elf", "p.r." -> "pr"
_SLASHED_FOR = (
    (re.compile(r"\bw/o\b"), " without "),
    (re.compile(r"\bw/"), " with "),
    (re.compile(r"\bд/"), " для "),
    (re.compile(r"(?<![\w.])g\.\s?i\.(?![^\W\d_])"), "galvanised iron "),
    (re.compile(r"(?<![\w.])m\.\s?s\.(?![^\W\d_])"), "mild steel "),
    (re.compile(r"\bнерж\b\.?"), "нержавеющая "),  # Russian invoices' "нерж." (stainless)
    (re.compile(r"(?<=\d/\d\d)\s?z?r(?=\d\d)"), " r"),  # a tyre's size "195/65R15": its rim "r15" as a word
)
# exporters' initialisms with their dots, not inside longer ones ("P.G.I."); on a garment "S.S." is a short sleeve
_STAINLESS = re.compile(r"(?<![\w.])s\.\s?s\.(?![^\W\d_])")
_GARMENT = re.compile(r"shirt|blouse|dress|polo|\btee\b|\btops?\b|sleeve")
_NOT_KNITTED = re.compile(  # = woven; Turkmen puts "däl" (not) after the word: "trikotaž däl", "örme däl"
    r"\b(?:not|non)[- ]knit(?:ted)?(?: or crocheted)?\b|\bне[- ]?трикотажн\w*|\b(?:trikota[žz]|örme|orme)\s+d[äa]l\b"
)
_LATIN_SLASH_PREFIX = re.compile(r"\b([a-z])/(?=[a-z]{2})")  # "t/shirt" -> "tshirt", as "t-shirt"
_POSSESSIVE = re.compile(r"(\w)['’`]s\b")
_LETTER_PREFIX = re.compile(r"\b([^\W\d_])-(?=[^\W\d_]{2})")  # "t-shirt" -> "tshirt", "e-book" -> "ebook"
# Uzbek writes the letters o' and g' with an apostrophe, however typed ("yeryong'oq", "poʻstsiz"), and its tutuq
# belgisi (ʼ) inside words: one word. Other apostrophes still part words ("iPhone'lar", "d'olive").
_INNER_APOSTROPHE = re.compile(r"(?<=[og])['’`ʻʼ‘](?=[^\W\d_])|(?<=[^\W\d_])[ʻʼ](?=[^\W\d_])")
_MOJIBAKE_MARKS = ("â", "Ã", "Â")
_MOJIBAKE_LEFTOVER = re.compile(r"[âÃÂ][\W_]*(?=\W|$)")
_TURKMEN_ONLY = "äçňöşüýž"  # the Turkmen letters English and Russian lack, and how a Latin keyboard types them
_TURKMEN_LETTERS = frozenset(_TURKMEN_ONLY)
TURKISH_LETTERS = frozenset("ıİğĞ")  # Turkish letters Turkmen writes y and g (as written: "I".lower() is "i")
_TURKMEN_PLAIN = str.maketrans(_TURKMEN_ONLY, "acnosuyz")
_UNMARKED_LETTERS = frozenset("xsхисвкуоа")  # a count's "x", a possessive's "s", Russian prepositions
_TURKMEN_WORDS = frozenset(  # Turkmen words without Turkmen letters, or as typed without them
    {"we", "bilen", "erkek", "erkekler", "gyz", "gyzlar", "oglan", "pagta", "deri", "zenan", "ayal", "caga", "taze"}
)
_DENY_BEFORE = listed("not non without no без не")
_DENY_AFTER = listed("free däl")  # "sugar free"; Turkmen "X däl": not X ("dal" typed plain is also lentils)
STOP_WORDS = listed(
    "a an and the of or for with without in on to by from as at its their thereof whether other "
    "than such like etc nec n e c s x incl including excl excluding eg ie "
    "и или для с из в на от по к без со не прочие прочих прочий тд тп те "
    "we ýa-da ýa bilen üçin ucin lyk lik luk lük däl "  # Turkmen "-lyk" after a figure: "25 kg-lyk" is "of 25 kg"
    "的 和 与 及 或 等 "  # Chinese
    "و با از برای ای"  # Persian; "ای" is the adjective ending a zero-width non-joiner parts ("قهوه‌ای", brown)
)


def _accent_folding() -> dict[int, str]:
    """Latin letters with accents -> their base letter ("lancôme", "chloé", "crème"), except Turkmen letters."""
    folding = {}
    for code in range(0xC0, 0x250):
        letter = chr(code).lower()
        base = unicodedata.normalize("NFD", letter)[0]
        if len(letter) == 1 and base.isascii() and base.isalpha() and letter != base and letter not in _TURKMEN_LETTERS:
            folding[ord(letter)] = base
    return folding


# Persian written with Arabic letters and marks, as Arabic keyboards and pasted text give it: 'ي'/'ى' as 'ی', 'ك' as
# 'ک', the stretching mark and the short-vowel marks dropped ("مُرغ" is "مرغ"), Arabic and Persian digits as digits
ARABIC_SCRIPT_FOLDING = (
    {ord("ي"): "ی", ord("ى"): "ی", ord("ك"): "ک", 0x640: None, 0x670: None, 0x66B: "."}  # U+066B: decimal point
    | dict.fromkeys(range(0x64B, 0x653))
    | {0x660 + digit: str(digit) for digit in range(10)}
    | {0x6F0 + digit: str(digit) for digit in range(10)}
)
# Arabic words as Arabic invoices often type them: alif without its hamza, the tied 't' (ة) as 'ه'; Arabic commas
_ARABIC_FOLDING = dict.fromkeys(map(ord, "أإآٱ"), "ا") | {ord("ة"): "ه", ord("،"): ",", ord("؛"): ";"}
# Arabic's article (and a conjunction or preposition before it) is written onto its noun: "الأسمنت" is "أسمنت"
_ARABIC_ARTICLE = re.compile(r"(?<![\w])(?:[وفبک]?ال|لل)(?=[\u0620-\u064a\u066e-\u06ff]{3})")
# Turkish "İ" lowers to "i" + U+0307; Turkish "ı" is the vowel Turkmen writes "y" ("jorabı" typed on a Turkish keyboard)
# Ukrainian 'і', 'ї', 'є' as Russian writes the same sounds: a loanword is one word then ("автомобіль", "інсулін")
_UKRAINIAN_FOLDING = {ord("і"): "и", ord("ї"): "и", ord("є"): "е"}
_ACCENT_FOLDING = (
    (  # "、": the Chinese enumeration comma
        _accent_folding() | {ord("ё"): "е", 0x307: None, ord("ı"): "y", ord("、"): ","} | ARABIC_SCRIPT_FOLDING
    )
    | _ARABIC_FOLDING
    | _UKRAINIAN_FOLDING
)


@lru_cache(maxsize=2**18)
def normalise(text: str) -> str:
    """Each word in one alphabet ('Хoлодильник' with a Latin 'o'), Unicode-compatible, lower case, 'ё' as 'е',
    accents folded (Turkmen letters kept), possessive 's dropped ("men's" -> "men"), apostrophes inside a word
    dropped ("po'stsiz" -> "postsiz"), Arabic's article dropped ("الأسمنت" -> "اسمنت"), Chinese cut into its
    words ("女式长袖衬衫" -> "女式 长袖 衬衫")."""
    text = unicodedata.normalize("NFKC", in_one_alphabet(_repair_mojibake(text))).lower().translate(_ACCENT_FOLDING)
    for pattern, spelled in _SLASHED_FOR:
        text = pattern.sub(spelled, text)
    if not _GARMENT.search(text):
        text = _STAINLESS.sub("stainless steel ", text)
    text = _NOT_KNITTED.sub("woven", british(_LATIN_SLASH_PREFIX.sub(r"\1", text)))
    text = _INITIALISM.sub(lambda initials: initials.group().replace(".", ""), text)
    text = _INNER_APOSTROPHE.sub("", _LETTER_PREFIX.sub(r"\1", _POSSESSIVE.sub(r"\1", text)))
    return spaced_chinese(_ARABIC_ARTICLE.sub("", text))


def _repair_mojibake(text: str) -> str:
    """UTF-8 read as cp1252 ("thermoliteâ®"): decode it back, or drop what cannot be decoded."""
    if not any(mark in text for mark in _MOJIBAKE_MARKS):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return _MOJIBAKE_LEFTOVER.sub(" ", text)


def words(text: str) -> list[str]:
    """The words and numbers of a text, in order, after normalisation."""
    return list(_words(text))


@lru_cache(maxsize=2**18)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(normalise(text)))


def after_separator(text: str) -> list[bool]:
    """Per word of `words(text)`: does a comma or semicolon stand between it and the word before?
    (A decimal comma is inside its number.)"""
    normalised = normalise(text)
    flags, end = [], None
    for match in _WORD.finditer(normalised):
        flags.append(end is not None and any(mark in normalised[end : match.start()] for mark in ",;"))
        end = match.end()
    return flags


def replace_words(text: str, spell: Callable[[int, str], str]) -> str:
    """The normalised text with its n-th word replaced by `spell(n, word)`; spaces and punctuation stay."""
    count = itertools.count()
    return _WORD.sub(lambda match: spell(next(count), match.group()), normalise(text))


def chunks(text: str) -> list[list[str]]:
    """The words of a text grouped by the space-separated pieces they stand in ("200ml" -> ["200", "ml"])."""
    return [found for piece in normalise(text).split() if (found := _WORD.findall(piece))]


def has_turkmen_letters(text: str) -> bool:
    return not text.isascii() and not _TURKMEN_LETTERS.isdisjoint(text)


def is_turkmen(tokens: list[str]) -> bool:
    """Turkmen when a word has a letter of the Turkmen alphabet that English and Russian lack."""
    return any(_TURKMEN_LETTERS.intersection(token) or token in _TURKMEN_WORDS for token in tokens)


def writes_turkmen(text: str) -> bool:
    """`is_turkmen` of the text's words, unless the text writes a Turkish letter Turkmen lacks ("ahşap yemek
    masası" is Turkish); normalising folds those letters, so they are looked for as written."""
    return is_turkmen(words(text)) and TURKISH_LETTERS.isdisjoint(text)


@lru_cache(maxsize=2**18)
def stems(text: str) -> tuple[str, ...]:
    """The content words of a text as stems (stop words, numbers and single letters left out)."""
    turkmen = writes_turkmen(text)
    return tuple(plain_turkmen(stem(token, turkmen)) for token in words(text) if is_content(token))


@lru_cache(maxsize=2**18)
def keys(text: str) -> tuple[str, ...]:
    """The content words with light stems (English plurals only), position for position as `stems`."""
    turkmen = writes_turkmen(text)
    return tuple(plain_turkmen(light_stem(token, turkmen)) for token in words(text) if is_content(token))


def keys_as_plain(text: str) -> tuple[str, ...]:
    """`keys` as a text without Turkmen letters gets them: the lexicon's Turkmen phrases typed without their
    letters ("ofis kreslosy") keep their endings, which a line writing "ý" elsewhere loses ("kreslo")."""
    return tuple(plain_turkmen(light_stem(token, False)) for token in words(text) if is_content(token))


@lru_cache(maxsize=2**18)
def matching_keys(text: str) -> tuple[str, ...]:
    """`keys`, with a word the text denies written "-word": "без начинки", "not filled", "sugar free" must not
    match "начинка", "filled", "sugar" (a phrase that denies the word itself still matches it)."""
    tokens = words(text)
    denied_content = [deny for token, deny in zip(tokens, denied(tokens), strict=True) if is_content(token)]
    return tuple(f"-{key}" if deny else key for key, deny in zip(keys(text), denied_content, strict=True))


def denied(tokens: list[str]) -> list[bool]:
    """Per word, whether the text denies it: "без начинки", "not filled", "sugar free", Turkmen "tohumlyk däl"."""
    after = _DENY_AFTER
    return [
        token[0].isalpha() and (_denied_before(tokens, i) or (i + 1 < len(tokens) and tokens[i + 1] in after))
        for i, token in enumerate(tokens)
    ]


def _denied_before(tokens: list[str], i: int) -> bool:
    """A denial before the word, over stop words: "not in coil", "not for sowing", "не для посева"."""
    while i > 0 and tokens[i - 1] in STOP_WORDS and tokens[i - 1] not in _DENY_BEFORE:
        i -= 1
    return i > 0 and tokens[i - 1] in _DENY_BEFORE


def plain_turkmen(stem: str) -> str:
    """A stem with the Turkmen letters typed plain ("maşyn" as "masyn"), as invoices typed on a Latin keyboard
    write them; the letters still tell the language (`is_turkmen`) before they are folded."""
    return stem.translate(_TURKMEN_PLAIN)


@lru_cache(maxsize=2**18)
def marks(text: str) -> frozenset[str]:
    """The numbers and lone letters a text writes ("1460 boots", "b+w filter", "vitamin a", "e liquid"),
    decimal commas as points ("3,2%" and "3.2 %" both give "3.2"). A phrase matches only a line that writes
    its marks: without them "e liquid" would shrink to "liquid" and fire on every liquid."""
    return frozenset(
        token.replace(",", ".")
        for token in words(text)
        if token[0].isdigit() or (len(token) == 1 and token not in _UNMARKED_LETTERS and not is_chinese(token))
    )


def is_content(token: str) -> bool:
    """A word that can name goods: two letters or more (or one Chinese character), not a number, not a stop word."""
    return (len(token) > 1 or is_chinese(token)) and not token[0].isdigit() and token not in STOP_WORDS
