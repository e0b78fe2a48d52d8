import pytest

from adapters.classification.offline.head_noun import head_position


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("bottle opener", 1),  # English: the last word of the first noun phrase
        ("a 2 Ton Lift Kit consisting of a trolley jack", 2),
        ("Футболка мужская хлопковая", 0),  # Russian invoice lines name the goods first
        ("Teker ýük awtoulagy üçin", 0),  # ... and so do Turkmen ones: a tyre for a truck
        ("of", None),
        ("Gillette shaving gel 200ml", 2),  # the unit of a pack size is not the head
        ("mascara black x2", 0),  # nor a colour or a pack count
        ("mens running trainers size 9 uk", 2),
        ("cordless drill DCD-777 18v", 1),  # nor a model number
        ("Cordless drill 18V Li-ion, with 2 batteries", 1),  # nor how it is powered
        ("kitchen knife set", 1),
        ("2 шт Футболка черная", 1),  # content words: шт, футболка, черная
        ("black", 0),  # a line of pack words only keeps its first word as head
        ("ELECTRIC DRILL 800W HANDHELD 13MM CHUCK", 1),  # exporters write the specs after the goods
        ("Bosch 18V drill", 1),  # ... but one word before a figure is a brand, not yet the goods
        ("CAR BATTERY 12 V CHARGER", 2),  # ... and one word after it names the goods
        ("Soybean meal 46% protein, feed grade, bulk", 1),  # a share of what the goods hold is no head
        ("Vodka 40% alcohol 0.5 l", 0),
        ("Kadın bornozu %100 pamuk havlu", 1),  # Turkish names the goods first, as Turkmen does
    ],
)
def test_the_head_noun_is_found_by_language(line: str, head: int | None) -> None:
    assert head_position(line) == head


@pytest.mark.parametrize(
    ("line", "head"),
    [("nike trainers black mens", 1), ("jacket polyester", 0), ("Футболка женская хлопковая", 0), ("cotton", 0)],
)
def test_materials_and_wearers_are_not_the_head(line: str, head: int | None) -> None:
    assert head_position(line) == head


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("The merchandise is a women's pullover constructed of 60% cotton", 3),  # merchandise is women pullover
        ("The item is a pair of socks", 3),  # item is pair socks
        ("set of 4 wine glasses", 2),
    ],
)
def test_rulings_and_pack_phrases_name_the_goods_after_is_and_of(line: str, head: int | None) -> None:
    assert head_position(line) == head


@pytest.mark.parametrize(
    ("line", "head"),
    [("everyday hand wash coconut", 2), ("lip balm cherry", 1), ("reed diffuser lavender & vanilla", 1)],
)
def test_a_flavour_or_scent_after_the_goods_is_not_the_head(line: str, head: int | None) -> None:
    assert head_position(line) == head


@pytest.mark.parametrize(
    ("line", "head"),
    [("dried mango", 1), ("pure honey 500g", 1), ("led bulb e27", 1), ("hex bolt m8", 1), ("paper a4", 0)],
)
def test_a_fruit_with_little_before_it_and_a_lettered_size_keep_the_goods_as_head(line: str, head: int) -> None:
    assert head_position(line) == head


def test_an_english_head_noun_ends_at_a_comma_but_not_at_a_decimal_comma() -> None:
    assert head_position("womens cotton dress, knitted") == 2  # not "knitted"
    assert head_position("brush, toilet, plastic") == 0  # a catalogue's "noun, kind"
    assert head_position("3,5 kg basmati rice, long grain") == 2  # "rice"; "kg" is a qualifier, "3,5" no word
