import pytest

from adapters.classification.offline.packing import without_packing


def test_the_turkmen_locative_packing_and_its_material_are_taken_out() -> None:
    assert without_packing("Gyzyl şerap aýna çüýşelerde") == "Gyzyl şerap"  # red wine in glass bottles
    assert without_packing("Şeker polipropilen haltalarda 50 kg") == "Şeker 50 kg"
    assert without_packing("Täze bananlar, 1200 guty") == "Täze bananlar,"  # how many boxes, not boxes
    assert without_packing("Gara çaý, 250 g karton gaplarda, 2400 gap") == "Gara çaý, 250 g ,"  # packs
    assert without_packing("Doňdurylan skumbriýa, 20 kg-lyk karton bloklarda") == "Doňdurylan skumbriýa, 20 kg-lyk"


def test_packing_named_as_the_goods_stays() -> None:
    assert without_packing("Karton gutular 60x40") == "Karton gutular 60x40"  # boxes, not "in boxes"
    assert without_packing("Plastik çüýşeler 0,5 l") == "Plastik çüýşeler 0,5 l"
    assert without_packing("pagta mata") == "pagta mata"  # "ta" ending is not a locative here
    assert without_packing("beton bloklar 20x20x40") == "beton bloklar 20x20x40"  # concrete blocks, not "in blocks"


def test_a_line_that_is_only_packing_is_kept_whole() -> None:
    assert without_packing("karton gutularda") == "karton gutularda"


def test_rolls_and_other_locatives_say_what_the_goods_are_and_stay() -> None:
    assert without_packing("Ak kagyz rulonlarda, 80 g/m2") == "Ak kagyz rulonlarda, 80 g/m2"  # paper in rolls
    assert without_packing("Awtoulaglarda ulanylýan akkumulýatorlar") == "Awtoulaglarda ulanylýan akkumulýatorlar"


def test_russian_and_english_packing_after_a_preposition_is_taken_out_but_not_its_size() -> None:
    assert without_packing("Карбамид марки Б в п/п мешках по 50 кг") == "Карбамид марки Б по 50 кг"
    assert without_packing("Frozen chicken legs in cardboard cartons of 15 kg") == "Frozen chicken legs of 15 kg"
    assert without_packing("Цемент М500, на поддонах") == "Цемент М500,"


def test_russian_and_english_words_that_are_not_packing_stay() -> None:
    assert without_packing("Ручки на ящики мебельные") == "Ручки на ящики мебельные"  # drawers
    assert without_packing("Подшипник на коробку передач") == "Подшипник на коробку передач"
    assert without_packing("Tomatoes in tins") == "Tomatoes in tins"  # preserved, 2002
    assert without_packing("Hot-rolled steel in coils") == "Hot-rolled steel in coils"  # 7208 splits on coils


@pytest.mark.parametrize(
    ("line", "goods"),
    [
        ("FRESH BANANAS CAVENDISH 18KG CTN", "FRESH BANANAS CAVENDISH 18KG"),
        ("BLACK TEA CTC 100G CARTON BOX", "BLACK TEA CTC 100G"),
        ("REFINED SUNFLOWER OIL 5L PET BOTTLE", "REFINED SUNFLOWER OIL 5L"),
        ("UREA 46% 50KG BAG", "UREA 46% 50KG"),
        ("Portlandsement CEM I 42,5 R, 50 kg kagyz halta", "Portlandsement CEM I 42,5 R, 50 kg"),
        ("Kere ýagy 82,5 %, 180 g folga gaplamada", "Kere ýagy 82,5 %, 180 g"),
        ("Black tea CTC BP1, 60 kg multiwall paper sacks", "Black tea CTC BP1, 60 kg"),
        ("Kagyz halta 50 kg", "Kagyz halta 50 kg"),  # the sacks are the goods
        ("SUNFLOWER MEAL PROTEIN 36% IN BULK", "SUNFLOWER MEAL PROTEIN 36%"),
        ("GREEN TEA IN 25KG BULK CARTON", "GREEN TEA IN 25KG BULK CARTON"),  # the size stays with its pack
        ("5L PET BOTTLE", "5L PET BOTTLE"),  # the bottles are the goods
        ("EMPTY 330ML GLASS BOTTLES", "EMPTY 330ML GLASS BOTTLES"),  # ... named only by materials before the size
        ("PP WOVEN 50KG BAGS", "PP WOVEN 50KG BAGS"),
        ("TOMATO PASTE 400G TIN", "TOMATO PASTE 400G TIN"),  # a tin may say how the goods are preserved
        ("Nohut guradylan, 25 kg halta", "Nohut guradylan, 25 kg"),  # Turkmen and Russian packs after the size
        ("Alma täze Golden Delicious, 18 kg karton", "Alma täze Golden Delicious, 18 kg"),
        ("Portakal şiresi 100%, 1 l tetrapak", "Portakal şiresi 100%, 1 l"),
        ("Сахар-песок 50 кг мешок", "Сахар-песок 50 кг"),
        ("Bentonite API 13A, 1 t big bag", "Bentonite API 13A, 1 t"),  # a bulk bag by the tonne
        ("PP WOVEN 1 T BIG BAGS", "PP WOVEN 1 T BIG BAGS"),
    ],
)
def test_an_exporters_pack_after_its_size_is_taken_out_and_the_size_kept(line: str, goods: str) -> None:
    assert without_packing(line) == goods


def test_uzbek_and_azerbaijani_packing_after_the_size_or_in_the_locative_is_taken_out() -> None:
    assert without_packing("Pomidor təzə, istixana, 6 kq karton qutu") == "Pomidor təzə, istixana, 6 kq"
    assert without_packing("Nar şirəsi 100%, 1 l şüşə butulka") == "Nar şirəsi 100%, 1 l"
    assert without_packing("Gilos kompoti shisha bankada, 3 l") == "Gilos kompoti , 3 l"
    assert without_packing("Kaliy xlorid K2O 60%, 1 t big-bag") == "Kaliy xlorid K2O 60%, 1 t"
