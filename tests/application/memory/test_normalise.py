import pytest

from application.memory.normalise import memory_key, memory_words, model_free_key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Cotton T-Shirt", "t-shirt,  COTTON"),
        ("Футболка хлопковая красная XL", "хлопковая футболка"),
        ("Shampoo 500 ml", "shampoo 500ml"),
        ("Shampoo 1,5 l", "Shampoo"),
        ("Men's shoes size 44", "mens shoes"),
        ("Köýnek gyzyl", "köýnek"),
        ("Чёрный чай", "черный чай"),
        ("Ботинки размер 42 коричневые", "Ботинки"),
        ("Gök çaý, 100 g", "Gok cay 100 g"),  # Turkmen typed without its letters
        ("Ýaşyl köýnek", "koynek"),  # the colour is still known without them
        ("Süýt önümi, ýagly", "SUYT ONUMI YAGLY"),
        ("Çiğ köfte, İSPANAK", "cig kofte ıspanak"),  # Turkish: ğ, ı and the dotted capital İ
        ("Washing machine Front-loading 7kg", "washing machine frontloading 7 kg"),
        ("Хoлодильник двухкамерный", "Холодильник двухкамерный"),  # a Latin 'o' in a Russian word
        ("Холодильник Haier, серебристый", "Холодильник Haier серебристого цвета"),
        ("Gаra çaý", "Gara çaý"),  # a Cyrillic 'а' in a Turkmen word
    ],
)
def test_variants_of_one_product_share_a_key(first: str, second: str) -> None:
    assert memory_key(first) == memory_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("black tea", "green tea"),  # the colour names the kind: 0902.30 vs 0902.10
        ("Чай чёрный", "Чай зелёный"),
        ("Car 1500 cc", "Car 3000 cc"),  # engine capacity splits 8703
        ("Vodka 40%", "Vodka 20%"),
        ("Vitamin C", "Vitamin D"),
        ("Кольцо серебряное", "Кольцо золотое"),  # the metal, not a colour
        ("Gök çaý", "Gara cay"),  # green and black tea, folded or not
        ("Cotton T-shirt", "Cotton shirt"),  # 6109 and 6205
    ],
)
def test_what_the_tariff_tells_apart_stays_apart(first: str, second: str) -> None:
    assert memory_key(first) != memory_key(second)


def test_words_are_sorted_distinct_and_measures_kept_as_one_word() -> None:
    assert memory_key("Car car 1500cc diesel").tokens == ("1500cc", "car", "diesel")
    assert memory_key("Vodka 37,5 %").text == "37.5pct vodka"


def test_a_description_of_nothing_but_variant_words_keeps_its_own_words() -> None:
    assert memory_key("Red  XL").text == "red xl"
    assert memory_key("42").text == "42"


def test_cyrillic_keeps_its_letters_but_yo() -> None:
    assert memory_key("Йогурт, ёжик").text == "ежик йогурт"
    assert memory_key("Ўзбек қўй").text == "ўзбек қўй"


def test_memory_words_keep_the_descriptions_order_and_its_hyphens() -> None:
    assert memory_words("Washing machine Front-loading 7 kg, white") == ("washing", "machine", "front-loading")
    assert memory_words("Pipe 57-3.5 mm") == ("pipe",)  # a hyphen by a digit joins, as before


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Холодильник двухкамерный бытовой, BCD-260W", "Холодильник двухкамерный бытовой, BCD-300W"),
        ("Стиральная машина XQG70-1210, 7 кг", "стиральная машина"),
        ("Курага сушеная, DA-2", "курага сушеная"),
        ("Запчасть 04152-YZZA6", "Запчасть 1K0-615-301-AA"),  # part numbers: found so, but for review
        ("Фильтр масляный для легкового автомобиля", "Фильтры масляные для легковых автомобилей"),  # Russian stems
        ("Трубы стальные бесшовные", "Труба стальная бесшовная"),
    ],
)
def test_the_same_goods_in_another_model_share_the_key_without_models_only(first: str, second: str) -> None:
    assert model_free_key(first) == model_free_key(second)
    assert memory_key(first) != memory_key(second)  # each model is remembered as confirmed


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Футболка хлопок-100%", "Футболка полиэстер-100%"),  # a word joined to a figure is no model number
        ("Ткань 100%хлопок", "Ткань 100%полиэстер"),
        ("Лампа LED-9W", "Лампа накаливания-9W"),
        ("Pigment Fe2O3", "Pigment Cr2O3"),  # chemical formulas
        ("Carbonate Na2CO3", "Carbonate K2CO3"),
        ("Vitamin B12", "Vitamin D3"),  # short codes stay
        ("Чай чёрный", "Чай зелёный"),  # stems keep the words apart
    ],
)
def test_words_and_formulas_joined_to_figures_are_no_model_numbers(first: str, second: str) -> None:
    assert model_free_key(first) != model_free_key(second)
