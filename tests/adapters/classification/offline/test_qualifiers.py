from adapters.classification.offline.qualifiers import is_origin, is_pack_word, qualifiers


def test_sizes_counts_units_colours_and_model_numbers_qualify_the_goods() -> None:
    assert qualifiers("Nike trainers black size 9 uk 2 pairs") == (False, False, True, True, True, True)
    assert qualifiers("shaving gel 200ml RF-320") == (False, False, True, True)
    assert qualifiers("green tea") == (True, False)


def test_materials_and_wearers_qualify_the_goods() -> None:
    assert qualifiers("jacket polyester mens") == (False, True, True)
    assert qualifiers("Футболка женская хлопковая") == (False, True, True)


def test_pack_words_are_known_in_any_number() -> None:
    assert is_pack_word("set") and is_pack_word("pack") and is_pack_word("шт")
    assert not is_pack_word("tea") and not is_pack_word("black")  # a colour can name goods: black tea


def test_an_origin_country_and_a_turkmen_adjective_qualify_the_goods() -> None:
    assert qualifiers("Gabykly pisse, Eýran") == (True, False, True)  # in shell (-ly), pistachios, Iran
    assert qualifiers("Şekersiz saggyz") == (True, False)  # sugar-free (-siz) chewing gum
    assert all(is_origin(stem) for stem in ("eyran", "china", "germani", "кита"))
    assert not is_origin("pisse")
