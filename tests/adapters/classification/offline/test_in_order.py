from adapters.classification.offline.in_order import InOrderWords

WORDS = InOrderWords(["mascara", "mask", "mscra", "moisturiser", "cream", "crumb", "cram"])


def test_finds_longer_words_holding_the_letters_in_order_sorted() -> None:
    assert WORDS.longer("crm", 11) == ["cram", "cream", "crumb"]
    assert WORDS.longer("mscra", 17) == ["mascara"]


def test_the_letters_must_come_in_order_not_only_be_present() -> None:
    assert WORDS.longer("mrc", 20) == []  # mascara holds m, r, c but not in that order


def test_no_word_as_short_as_the_token_or_longer_than_allowed() -> None:
    assert WORDS.longer("cream", 20) == []  # "cream" itself is not longer
    assert WORDS.longer("msr", 7) == ["mascara", "mscra"]
    assert WORDS.longer("msr", 6) == ["mscra"]
    assert WORDS.longer("xyz", 20) == []
