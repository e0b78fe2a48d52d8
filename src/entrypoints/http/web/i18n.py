"""The pages' languages: Russian, English and Turkmen message catalogs, and the one a visitor reads."""

import json
from functools import cache
from pathlib import Path

from litestar.connection import ASGIConnection

from entrypoints.messages.catalogs import with_english

MESSAGES = Path(__file__).parent / "messages"
LANGUAGES = {"ru": "Русский", "en": "English", "tk": "Türkmençe"}
DEFAULT_LANGUAGE = "ru"
LANGUAGE_COOKIE = "gumruk_lang"
LANGUAGE_SECONDS = 365 * 24 * 3600


def catalog(language: str) -> dict[str, str]:
    """Every message in `language`; a key the language lacks falls back to English."""
    return with_english(MESSAGES, language)


@cache
def chapter_names(language: str) -> dict[str, str]:
    """Short names of the HS chapters ('61' -> 'Knitted clothing') in `language`, for labels too short for the
    chapters' own titles (61 and 62 both begin 'Articles of apparel and clothing accessories')."""
    names: dict[str, dict[str, str]] = json.loads((MESSAGES / "chapters.json").read_text(encoding="utf-8"))
    return {chapter: by_language.get(language) or by_language["en"] for chapter, by_language in names.items()}


def language_of(connection: ASGIConnection) -> str:
    """The language chosen with the switch (a cookie), else the browser's first one we have."""
    return _asked(connection) or DEFAULT_LANGUAGE


def answer_language(connection: ASGIConnection) -> str:
    """The language of the messages in an API answer: as for a page, but English when the request asks for none
    (a script that sends no Accept-Language gets the workers' own words, as it always did)."""
    return _asked(connection) or "en"


def _asked(connection: ASGIConnection) -> str | None:
    chosen = connection.cookies.get(LANGUAGE_COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    for part in connection.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return None
