import pytest

from domain.goods.mixed_alphabets import in_one_alphabet


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Хoлодильник двухкамерный", "Холодильник двухкамерный"),  # a Latin 'o'
        ("XОЛОДИЛЬНИК", "ХОЛОДИЛЬНИК"),  # a Latin capital 'X'
        ("Gаra çaý", "Gara çaý"),  # a Cyrillic 'а' in a Turkmen word
        ("Pис длиннозерный", "Рис длиннозерный"),
    ],
)
def test_a_word_in_two_alphabets_is_written_in_the_one_most_of_its_letters_are_in(typed: str, written: str) -> None:
    assert in_one_alphabet(typed) == written
    assert in_one_alphabet(typed).isascii() == written.isascii()


@pytest.mark.parametrize(
    "text",
    [
        "Caxap белый",  # a word wholly in Latin letters may be a brand
        "Ноутбук HP 15, Wi-Fi",
        "Wi-Fiроутер",  # 'W', 'F' and 'i' have no Cyrillic look-alike: nothing is guessed
        "Çай",  # nor has 'Ç'
        "Gök çaý",
    ],
)
def test_words_in_one_alphabet_or_with_a_letter_without_a_look_alike_are_kept(text: str) -> None:
    assert in_one_alphabet(text) == text
