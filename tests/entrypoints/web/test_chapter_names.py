"""The analytics chart names HS chapters shortly, in the page's language, and tells neighbours apart."""

import pytest

from entrypoints.http.web.i18n import LANGUAGES, chapter_names


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_chapter_has_a_short_name_of_its_own_in_each_language(language: str) -> None:
    names = chapter_names(language)
    assert sorted(names) == [f"{n:02d}" for n in range(1, 98) if n != 77]  # 77 is reserved
    assert all(0 < len(name) <= 32 for name in names.values())
    assert len(set(names.values())) == len(names)  # knitted (61) and woven (62) clothing no longer read alike


def test_the_names_are_in_the_language_asked() -> None:
    assert chapter_names("en")["61"].isascii()
    assert any("а" <= letter <= "я" for letter in chapter_names("ru")["61"].lower())
    assert chapter_names("tk")["61"] not in (chapter_names("en")["61"], chapter_names("ru")["61"])
