import pytest

from adapters.classification.offline.attributes import stated_values, tariff_values
from adapters.classification.offline.common_attributes import CONSTRUCTION, GENDER, MATERIAL, POWER
from adapters.classification.offline.furniture_use import UPHOLSTERY
from adapters.classification.offline.goods_attributes import (
    CERAMIC,
    ENGINE,
    FIBRE,
    FILLING,
    FINISH,
    PURPOSE,
    SOLES,
    STATE,
    UPPERS,
    WEAVE,
)


@pytest.mark.parametrize(
    ("line", "material"),
    [
        ("Футболка мужская х/б", {"cotton"}),
        ("erkek pagta köýnek", {"cotton"}),
        ("womens polyester blouse", {"synthetic"}),
        ("95% cotton 5% elastane jersey dress", {"cotton"}),
        ("dress polyester 65%, cotton 35%", {"synthetic"}),
        ("платье 80% вискоза 20% полиэстер", {"artificial"}),
        ("Рубашка мужская, ткань 65% п/э 35% хлопок", {"synthetic"}),  # "п/э" is one word
        ("ткань хлопок 80% п/э 20%", {"cotton"}),  # read the way round that finds both materials
        ("t-shirt", set()),
    ],
)
def test_material_stated_in_a_line_predominating_by_weight(line: str, material: set[str]) -> None:
    assert stated_values(MATERIAL, line) == material


def test_knitted_gender_and_power_in_three_languages() -> None:
    assert stated_values(CONSTRUCTION, "трикотажное платье") == {"knitted"}
    assert stated_values(GENDER, "Aýal köýnegi") == {"women"}
    assert stated_values(GENDER, "boys shorts") == {"men"}
    assert stated_values(POWER, "cordless drill") == {"electric"}


def test_whole_words_do_not_match_inside_other_words() -> None:
    assert stated_values(GENDER, "manicure set") == set()
    assert stated_values(MATERIAL, "ironing board cover") == set()


def test_tariff_texts_name_values_but_not_what_they_exclude() -> None:
    other = "T-shirts, singlets and other vests; of textile materials (other than cotton), knitted or crocheted"
    suits = "Suits; men's or boys', of synthetic fibres (not knitted or crocheted)"

    assert tariff_values(MATERIAL, other) == set()
    assert tariff_values(CONSTRUCTION, other) == {"knitted"}
    assert tariff_values(MATERIAL, suits) == {"synthetic"}
    assert tariff_values(CONSTRUCTION, suits) == {"woven"}
    assert tariff_values(GENDER, suits) == {"men"}


@pytest.mark.parametrize("line", ["Сумка женская из искусственной кожи", "PU leather wallet", "faux-leather jacket"])
def test_imitation_leather_is_plastic(line: str) -> None:
    assert stated_values(MATERIAL, line) == {"plastic"}


def test_the_material_of_the_goods_beats_that_of_their_fittings() -> None:
    assert stated_values(MATERIAL, "glass food storage container with a plastic lid") == {"glass"}
    assert stated_values(MATERIAL, "Контейнер стеклянный с пластиковой крышкой") == {"glass"}
    assert stated_values(MATERIAL, "handbag with leather trim") == {"leather"}  # nothing else stated


def test_of_a_kind_used_on_names_the_use_and_not_used_goods() -> None:
    from adapters.classification.offline.common_attributes import CONDITION

    assert tariff_values(CONDITION, "New pneumatic tyres, of rubber; of a kind used on buses or lorries") == {"new"}
    assert tariff_values(CONDITION, "Bamboo used primarily for plaiting") == set()
    assert tariff_values(CONDITION, "Rubber; used pneumatic tyres") == {"used"}


def test_shares_written_after_other_words_are_read_number_first() -> None:
    line = "pullover constructed of 60% cotton and 40% acrylic knit fabric"

    assert stated_values(MATERIAL, line) == {"cotton"}


def test_fresh_frozen_or_dried_in_three_languages_and_in_tariff_texts() -> None:
    assert stated_values(STATE, "Doňdurylan guzy eti") == {"frozen"}
    assert stated_values(STATE, "Окорочка куриные замороженные") == {"frozen"}
    assert stated_values(STATE, "dried apricots") == {"dried"}
    assert stated_values(STATE, "Рыба свежемороженая") == {"frozen"}  # "fresh-frozen" is frozen
    assert tariff_values(STATE, "Meat of sheep; lamb carcasses and half-carcasses, frozen") == {"frozen"}
    assert tariff_values(STATE, "Meat of bovine animals; fresh or chilled, boneless") == {"fresh"}


def test_a_fabrics_finish_and_weave_in_three_languages() -> None:
    assert stated_values(FINISH, "Pagta mata, boýalan") == {"dyed"}
    assert stated_values(FINISH, "Бязь суровая") == {"unbleached"}
    assert stated_values(FINISH, "ткань небеленая") == {"unbleached"}  # not "bleached"
    assert stated_values(WEAVE, "Ткань полотняного переплетения") == {"plain"}
    assert stated_values(WEAVE, "Cotton fabric, plain weave") == {"plain"}
    assert tariff_values(FINISH, "Fabrics, woven; of polyester staple fibres, unbleached or bleached") == {
        "unbleached",
        "bleached",
    }
    assert tariff_values(FINISH, "Fabrics, woven; of yarns of different colours, plain weave") == {"yarn_dyed"}


def test_turkmen_words_typed_without_turkmen_letters_state_the_same() -> None:
    assert stated_values(MATERIAL, "Yumsak diwan, agac karkasly") == stated_values(MATERIAL, "agaç diwan") == {"wood"}
    assert stated_values(CONSTRUCTION, "Шторы тканые из п/э") == {"woven"}


def test_a_hyphenated_word_known_whole_speaks_for_its_parts() -> None:
    assert stated_values(FINISH, "yarn-dyed cotton shirting") == {"yarn_dyed"}
    assert stated_values(POWER, "non-electric kettle") == {"manual"}
    assert stated_values(MATERIAL, "cotton-polyester blend") == {"cotton", "synthetic"}


@pytest.mark.parametrize(
    ("line", "uppers"),
    [
        ("Сапоги ПВХ до колена", {"plastic"}),
        ("Кеды текстильные на резиновой подошве", {"textile"}),
        ("Sport köwşi, ýokarsy dokma matadan, rezin dabanly", {"textile"}),
        ("leather boots with rubber sole", {"leather"}),
        ("ботинки из экокожи", {"plastic"}),
    ],
)
def test_the_uppers_of_footwear_not_its_soles(line: str, uppers: set[str]) -> None:
    assert stated_values(UPPERS, line) == uppers


def test_footwear_headings_name_the_material_of_their_uppers() -> None:
    leather = "Footwear; covering the ankle, outer soles of rubber, plastics or composition leather, uppers of leather"
    assert tariff_values(UPPERS, leather) == {"leather"}
    assert tariff_values(UPPERS, "Footwear; covering the ankle, with outer soles and uppers of rubber or plastics") == {
        "plastic",
        "rubber",
    }


def test_animals_for_breeding_and_seed_for_sowing() -> None:
    assert (
        stated_values(PURPOSE, "Tohumlyk sygyrlar")
        == stated_values(PURPOSE, "Семенной картофель")
        == {"breeding or sowing"}
    )
    assert tariff_values(PURPOSE, "Wheat and meslin; wheat other than durum wheat, seed") == {"breeding or sowing"}
    assert tariff_values(PURPOSE, "Lac; natural gums, seed lac") == set()
    assert tariff_values(PURPOSE, "Sunflower-seed, safflower or cotton-seed oil") == set()


def test_filament_or_staple_fibres_of_man_made_yarn_and_fabrics() -> None:
    assert stated_values(FIBRE, "Polyester filament sewing thread 150D/2") == {"filament"}
    assert stated_values(FIBRE, "Нить полиэфирная комплексная") == {"filament"}
    assert stated_values(FIBRE, "Пряжа полиэфирная штапельная") == {"staple"}
    assert tariff_values(FIBRE, "Sewing thread of man-made filaments; of synthetic filaments") == {"filament"}
    assert tariff_values(FIBRE, "Sewing thread of man-made staple fibres; of synthetic staple fibres") == {"staple"}
    mixed = "Fabrics, woven; of polyester staple fibres, mixed mainly or solely with man-made filaments"
    assert tariff_values(FIBRE, mixed) == {"staple"}


def test_a_vehicles_engine_in_three_languages_and_in_tariff_texts() -> None:
    assert stated_values(ENGINE, "Toyota Land Cruiser 300, дизель 3346 см3") == {"diesel"}
    assert stated_values(ENGINE, "Hyundai Elantra 1.6 benzin") == {"petrol"}
    assert stated_values(ENGINE, "Toyota Prius hybrid 1.8") == {"hybrid"}
    assert tariff_values(ENGINE, "Vehicles; with only spark-ignition internal combustion piston engine") == {"petrol"}
    both = "Vehicles; with both spark-ignition internal combustion piston engine and electric motor for propulsion"
    assert tariff_values(ENGINE, both) == {"hybrid"}
    assert tariff_values(ENGINE, "Vehicles; with only electric motor for propulsion") == {"electric"}


def test_more_words_for_materials_and_states() -> None:
    assert stated_values(MATERIAL, "Перчатки смотровые нитриловые") == {"rubber"}
    assert stated_values(MATERIAL, "Лист оцинкованный 0,5х1250 мм") == {"steel", "metal"}
    assert stated_values(MATERIAL, "Aýal sumkasy, tebigy deriden") == {"leather"}
    assert stated_values(MATERIAL, "Maşyn bilen dokalan polipropilen halyça") == {"plastic"}
    assert stated_values(STATE, "Täze gyzyl almalar") == {"fresh"}
    assert stated_values(WEAVE, "pagta mata, polotno örümli") == {"plain"}


def test_the_soles_of_footwear_are_read_where_the_line_names_them() -> None:
    assert stated_values(SOLES, "Туфли жен. нат. кожа, подошва ТЭП") == {"rubber"}
    assert stated_values(SOLES, "Erkek aýakgaby hakyky deri, rezin taban") == {"rubber"}
    assert stated_values(SOLES, "leather shoes with leather soles") == {"leather"}
    assert stated_values(SOLES, "Ботинки кожаные") == set()
    assert tariff_values(SOLES, "Footwear; covering the ankle, outer soles of leather, uppers of leather") == {
        "leather"
    }


def test_shorthand_for_imitation_leather_and_polyester() -> None:
    assert stated_values(MATERIAL, "Сумка жен. иск. кожа") == stated_values(MATERIAL, "Aýal sumkasy eko-deri")
    assert stated_values(MATERIAL, "Сумка жен. иск. кожа") == {"plastic"}
    assert stated_values(MATERIAL, "MEN SHIRT 65%POLY 35%COTTON") == {"synthetic"}
    assert stated_values(MATERIAL, "Платье жен. трикотаж п/э") == {"synthetic"}


def test_porcelain_or_other_ceramics_in_lines_and_in_what_tariff_texts_exclude() -> None:
    assert stated_values(CERAMIC, "Раковина фаянс 60см") == {"other"}
    assert stated_values(CERAMIC, "Фарфоровый сервиз") == {"porcelain"}
    assert tariff_values(CERAMIC, "Tableware and kitchenware; of porcelain or china") == {"porcelain"}
    assert tariff_values(CERAMIC, "Ceramic tableware; other than of porcelain or china") == {"other"}


@pytest.mark.parametrize(
    "line", ["Bugdaý ýumşak, tohumlyk däl", "Arpa, mal iými üçin, tohumlyk däl", "Пшеница, не семенная"]
)
def test_a_denied_word_states_no_value(line: str) -> None:
    assert stated_values(PURPOSE, line) == set()
    assert stated_values(PURPOSE, "Bugdaý tohumlyk") == {"breeding or sowing"}


def test_russian_not_knitted_written_apart_is_woven() -> None:
    assert stated_values(CONSTRUCTION, "Куртки мужские, верх из п/э ткани (не трикотажные)") == {"woven"}


def test_engine_abbreviated_in_russian() -> None:
    assert stated_values(ENGINE, "А/м легковой Toyota Camry 2.5 бенз., 2494 см3") == {"petrol"}
    assert stated_values(ENGINE, "Автобус диз. 4,5 л") == {"diesel"}


def test_a_filling_is_stated_and_named_by_the_filled_subheadings_only() -> None:
    assert stated_values(FILLING, "MILK CHOCOLATE BAR WITH HAZELNUT CREAM FILLING 50G") == {"filled"}
    assert stated_values(FILLING, "Шоколад молочный без начинки") == set()
    assert tariff_values(FILLING, "Chocolate ...; in blocks, slabs or bars, filled, weighing 2kg or less") == {"filled"}
    assert tariff_values(FILLING, "Chocolate ...; in bars, (not filled), weighing 2kg or less") == set()
    assert tariff_values(FILLING, "Food preparations; pasta, uncooked, not stuffed or otherwise prepared") == set()


def test_upholstered_seats_are_soft_in_russian_and_turkmen() -> None:
    assert stated_values(UPHOLSTERY, "Oturgyç agaçdan, ýumşak oturgyçly") == {"upholstered"}
    assert stated_values(UPHOLSTERY, "Стул на металлокаркасе мягкий") == {"upholstered"}
    assert tariff_values(UPHOLSTERY, "Seats; with wooden frames, upholstered") == {"upholstered"}
    assert tariff_values(UPHOLSTERY, "Seats; with wooden frames, not upholstered") == {"bare"}


def test_sanitary_faience_is_a_ceramic_other_than_porcelain() -> None:
    assert stated_values(CERAMIC, "Унитаз-компакт напольный, санфаянс") == {"other"}


def test_uzbek_and_azerbaijani_suppliers_state_materials_wearers_and_state() -> None:
    assert stated_values(MATERIAL, "Kişi gödəkçəsi natural dəridən") == {"leather"}
    assert stated_values(MATERIAL, "Qadın bluzası pambıq 100%") == {"cotton"}
    assert stated_values(MATERIAL, "Erkaklar ko'ylagi, paxta 100%") == {"cotton"}
    assert stated_values(GENDER, "Qadın bluzası") == stated_values(GENDER, "Ayollar koʻylagi") == {"women"}
    assert stated_values(STATE, "Albalı dondurulmuş, şəkərsiz") == {"frozen"}
    assert stated_values(CONSTRUCTION, "Sport kostyumi trikotaj") == {"knitted"}


def test_only_a_vehicle_with_both_engines_is_a_hybrid() -> None:
    hybrid_car = "Vehicles; with both spark-ignition internal combustion piston engine and electric motor"
    assert tariff_values(ENGINE, hybrid_car) == {"hybrid"}
    assert tariff_values(ENGINE, "Plywood; n.e.c. in heading 4412, with both outer plies of coniferous wood") == set()
    assert tariff_values(ENGINE, "Cooking appliances; for both gas and other fuels, of iron or steel") == set()


@pytest.mark.parametrize(
    ("tariff_text", "engine"),
    [
        ("Electric generating sets; with compression-ignition internal combustion piston engines (diesel)", {"diesel"}),
        ("Electric generating sets; with spark-ignition internal combustion piston engines", {"petrol"}),
        ("Electric generating sets; wind-powered, (excluding those with spark-ignition engines)", set()),
        ("Engines; compression-ignition internal combustion piston engines (diesel engines)", {"diesel"}),
        ("Engines; parts for internal combustion piston engines (excluding spark-ignition)", set()),
    ],
)
def test_engines_and_generating_sets_are_told_by_their_ignition(tariff_text: str, engine: set[str]) -> None:
    assert tariff_values(ENGINE, tariff_text) == engine
