"""The pages' languages: Russian, English and Turkmen message catalogs, and the one a visitor reads."""

import json
from functools import cache
from pathlib import Path

from litestar.connection import ASGIConnection

MESSAGES = Path(__file__).parent / "messages"
LANGUAGES = {"ru": "Русский", "en": "English", "tk": "Türkmençe"}
DEFAULT_LANGUAGE = "ru"
LANGUAGE_COOKIE = "gumruk_lang"
LANGUAGE_SECONDS = 365 * 24 * 3600


@cache
def catalog(language: str) -> dict[str, str]:
    """Every message in `language`; a key the language lacks falls back to English."""
    english = _load("en")
    return english if language == "en" else {**english, **_load(language)}


def _load(language: str) -> dict[str, str]:
    messages: dict[str, str] = json.loads((MESSAGES / f"{language}.json").read_text(encoding="utf-8"))
    return messages


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
