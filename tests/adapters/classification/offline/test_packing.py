from adapters.classification.offline.packing import without_packing


def test_the_turkmen_locative_packing_and_its_material_are_taken_out() -> None:
    assert without_packing("Gyzyl şerap aýna çüýşelerde") == "Gyzyl şerap"  # red wine in glass bottles
    assert without_packing("Şeker polipropilen haltalarda 50 kg") == "Şeker 50 kg"
    assert without_packing("Pomidor pastasy 800 g demir bankada") == "Pomidor pastasy 800 g"
    assert without_packing("Täze bananlar, 1200 guty") == "Täze bananlar,"  # how many boxes, not boxes


def test_packing_named_as_the_goods_stays() -> None:
    assert without_packing("Karton gutular 60x40") == "Karton gutular 60x40"  # boxes, not "in boxes"
    assert without_packing("Plastik çüýşeler 0,5 l") == "Plastik çüýşeler 0,5 l"
    assert without_packing("pagta mata") == "pagta mata"  # "ta" ending is not a locative here


def test_a_line_that_is_only_packing_is_kept_whole() -> None:
    assert without_packing("karton gutularda") == "karton gutularda"


def test_russian_and_english_packing_after_a_preposition_is_taken_out() -> None:
    assert without_packing("Картофель семенной, элита, в сетках по 25 кг") == "Картофель семенной, элита,"
    assert without_packing("Frozen chicken legs in cardboard cartons of 15 kg") == "Frozen chicken legs"
    assert without_packing("Краска в пластиковых ведрах 10 кг") == "Краска 10 кг"


def test_packing_named_first_before_a_colon_is_taken_out() -> None:
    assert without_packing("Ящик деревянный: вкладыши коренные") == "вкладыши коренные"
    assert without_packing("FLEXITANKS: RBD PALM OLEIN") == "RBD PALM OLEIN"


def test_coils_and_cans_say_what_the_goods_are_and_stay() -> None:
    assert without_packing("Hot-rolled steel in coils") == "Hot-rolled steel in coils"  # 7208 splits on coils
    assert without_packing("Tomatoes in tins") == "Tomatoes in tins"  # preserved, 2002
    assert without_packing("Мешки полипропиленовые 50 кг") == "Мешки полипропиленовые 50 кг"
