"""`--language en|ru|tk`, of `declare` and `classify`: the language the command tells the list's problems, its
warnings and its summary in (the report's columns stay English). Without it: GUMRUK_LANGUAGE, else the locale
(LC_ALL, LC_MESSAGES, LANG) when it is Russian or Turkmen, else English."""

import os
from collections.abc import Mapping
from contextvars import ContextVar
from enum import StrEnum
from typing import Annotated

import typer

from entrypoints.messages.cli_texts import LANGUAGES

LANGUAGE_HELP = (
    "Language of the messages: en, ru or tk. Default: GUMRUK_LANGUAGE, else LC_ALL/LC_MESSAGES/LANG when Russian "
    "or Turkmen, else English"
)
Language = StrEnum("Language", {code: code for code in LANGUAGES})  # type: ignore[misc]  # the catalog's languages
LanguageOption = Annotated[
    Language | None, typer.Option("--language", metavar="en|ru|tk", case_sensitive=False, help=LANGUAGE_HELP)
]
SPOKEN: ContextVar[str] = ContextVar("SPOKEN", default="en")  # what the command's failure is said in


def command_language(option: str | None, environment: Mapping[str, str] = os.environ) -> str:
    """The option's language, else the environment's; remembered for the message of a failure."""
    language = str(option) if option else environment_language(environment)
    SPOKEN.set(language)
    return language


def environment_language(environment: Mapping[str, str] = os.environ) -> str:
    chosen = environment.get("GUMRUK_LANGUAGE", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):  # the order the C library looks: the first locale set decides
        value = environment.get(name, "").strip()
        if value and value not in ("C", "POSIX") and not value.startswith("C."):  # C.UTF-8 names no language
            code = value.lower()[:2]
            return code if code in LANGUAGES else "en"
    return "en"
