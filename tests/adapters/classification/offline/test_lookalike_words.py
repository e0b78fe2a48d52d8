from adapters.classification.offline.lookalike_words import with_cyrillic_lookalikes
from adapters.classification.offline.stemming import stem

KNOWN = {stem(word) for word in ("сахар", "белый", "кама", "coca", "cola", "напиток", "шины")}


def known(key: str) -> bool:
    return key in KNOWN


def test_a_russian_word_typed_in_latin_look_alikes_is_read_in_cyrillic_where_only_that_is_known() -> None:
    assert with_cyrillic_lookalikes("Caxap белый", known) == "Сахар белый"


def test_brands_known_in_latin_or_unknown_in_cyrillic_and_lines_without_cyrillic_stay() -> None:
    assert with_cyrillic_lookalikes("Напиток Coca-Cola", known) == "Напиток Coca-Cola"  # known as written
    assert with_cyrillic_lookalikes("Шины TOYO 175/70", known) == "Шины TOYO 175/70"  # 'тоуо' is no word either
    assert with_cyrillic_lookalikes("Caxap", known) == "Caxap"  # no Russian around it: nothing to tell by
    assert with_cyrillic_lookalikes("Bosch сахар", known) == "Bosch сахар"  # 's' and 'h' have no look-alike
