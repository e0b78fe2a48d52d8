"""`--language`: the command tells the list's problems, its warnings and its own lines in Russian or Turkmen, from
the same catalog as the web; without it, GUMRUK_LANGUAGE or the locale decides."""

import json
import re
from pathlib import Path

import pytest

from entrypoints.cli.language import environment_language
from entrypoints.messages.cli_texts import CLI_MESSAGES, LANGUAGES
from tests.entrypoints.cli.test_declare import declare_list

# the amount of the second line is written in words: an error, and no declaration
IN_WORDS = "Описание;Кол-во;Цена;Сумма;Нетто кг\nСтул деревянный;3;200;600;15\nСтол письменный;2;300;шестьсот;40\n"


@pytest.mark.slow
def test_declare_tells_the_problems_in_russian_with_language_ru(tmp_path: Path) -> None:
    result = declare_list(tmp_path, "список.csv", IN_WORDS, "-o", str(tmp_path / "d.xml"), "--language", "ru")
    assert result.exit_code == 2, result.output
    assert "«шестьсот» — не число (строка 3 файла)" in result.output
    assert "список.csv: декларация не записана:" in result.output
    assert "is not a number" not in result.output and "no declaration written" not in result.output


@pytest.mark.slow
def test_declare_tells_the_problems_in_turkmen_with_language_tk(tmp_path: Path) -> None:
    result = declare_list(tmp_path, "sanaw.csv", IN_WORDS, "-o", str(tmp_path / "d.xml"), "--language", "tk")
    assert result.exit_code == 2, result.output
    assert "«шестьсот» san däl" in result.output
    assert "sanaw.csv: deklarasiýa ýazylmady:" in result.output
    assert "is not a number" not in result.output


@pytest.mark.slow
def test_a_russian_locale_picks_russian_without_the_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GUMRUK_LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    result = declare_list(tmp_path, "список.csv", IN_WORDS, "-o", str(tmp_path / "d.xml"))
    assert result.exit_code == 2, result.output
    assert "«шестьсот» — не число" in result.output and "декларация не записана" in result.output


@pytest.mark.slow
def test_the_summary_of_a_written_declaration_is_in_russian(tmp_path: Path) -> None:
    listed = IN_WORDS.replace("шестьсот", "600")
    result = declare_list(tmp_path, "список.csv", listed, "-o", str(tmp_path / "d.xml"), "--language", "ru")
    assert result.exit_code == 0, result.output
    assert "список.csv: строк прочитано: 2, классифицировано: 2" in result.output
    assert "декларация записана:" in result.output and "lines read" not in result.output


@pytest.mark.slow
def test_english_stays_the_default_and_the_option_overrules_the_environment(tmp_path: Path) -> None:
    result = declare_list(tmp_path, "list.csv", IN_WORDS, "-o", str(tmp_path / "d.xml"), "--language", "en")
    assert "'шестьсот' is not a number (line 3 of the file)" in result.output
    assert "list.csv: no declaration written:" in result.output


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    result = declare_list(tmp_path, "list.csv", IN_WORDS, "-o", str(tmp_path / "d.xml"), "--language", "de")
    assert result.exit_code == 2 and "--language" in result.output


@pytest.mark.parametrize(
    ("environment", "language"),
    [
        ({"GUMRUK_LANGUAGE": "tk", "LANG": "ru_RU.UTF-8"}, "tk"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "tk_TM.UTF-8", "LANG": "en_US.UTF-8"}, "tk"),
        ({"LC_MESSAGES": "ru_RU", "LANG": "C.UTF-8"}, "ru"),
        ({"LC_ALL": "C.UTF-8", "LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"),
        ({"GUMRUK_LANGUAGE": "fr"}, "en"),
        ({}, "en"),
    ],
)
def test_the_environment_chooses_the_language(environment: dict[str, str], language: str) -> None:
    assert environment_language(environment) == language


def test_every_text_of_the_command_has_its_russian_and_turkmen_with_the_same_slots() -> None:
    catalogs = {code: json.loads((CLI_MESSAGES / f"{code}.json").read_text(encoding="utf-8")) for code in LANGUAGES}
    for code, texts in catalogs.items():
        assert list(texts) == list(catalogs["en"]), code
        for key, text in texts.items():
            assert sorted(re.findall(r"\{(\w+)\}", text)) == sorted(re.findall(r"\{(\w+)\}", catalogs["en"][key]))
