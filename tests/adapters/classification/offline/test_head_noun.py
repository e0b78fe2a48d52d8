import pytest

from adapters.classification.offline.evidence import head_position


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("cap opener", 1),  # English: the last word of the first noun phrase
        ("a 2 Ton Lift Kit consisting of a trolley jack", 2),
        ("Футболка мужская хлопковая", 0),  # Russian invoice lines name the goods first
        ("Teker ýük awtoulagy üçin", 0),  # ... and so do Turkmen ones: a tyre for a truck
        ("of", None),
    ],
)
def test_the_head_noun_is_found_by_language(line: str, head: int | None) -> None:
    assert head_position(line) == head
