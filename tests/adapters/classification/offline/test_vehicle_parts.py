import numpy as np

from adapters.classification.offline.knowledge import Term
from adapters.classification.offline.phrase_matcher import PhraseMatcher
from adapters.classification.offline.text import keys, marks, matching_keys, stems
from adapters.classification.offline.vehicle_parts import (
    names_goods_for_a_vehicle,
    put_vehicles_below_the_goods,
    vehicle_columns,
)

MATCHER = PhraseMatcher(
    [
        Term(text, stems(text), keys(text), code, "test.csv:1", marks(text))
        for text, code in [
            ("Toyota Camry", "8703"),
            ("Hyundai Elantra", "8703"),
            ("Toyota Hilux", "8704"),
            ("легковой автомобиль", "8703"),
            ("лобовое стекло", "870822"),
            ("Komatsu PC200", "842952"),
            ("forklifts", "8427"),
            ("ýük awtoulagy", "8704"),
        ]
    ],
    idf=lambda _: 2.0,
)


def _for_a_vehicle(line: str) -> bool:
    return names_goods_for_a_vehicle(line, MATCHER.hits(matching_keys(line)))


def test_goods_named_before_a_vehicle_are_for_it() -> None:
    assert _for_a_vehicle("Стекло лобовое Toyota Camry")  # a phrase for the goods comes first
    assert _for_a_vehicle("Amortizator, yzky, Hyundai Elantra üçin")  # a word no vehicle phrase holds comes first
    assert _for_a_vehicle("Ковш экскаватора 1,0 м3 для Komatsu PC200")  # machines as well as vehicles
    assert _for_a_vehicle("Bucket teeth for Komatsu PC200")
    assert _for_a_vehicle("Toyota Hilux üçin öňki amortizator")  # Turkmen: what it is for, "üçin", the goods
    assert _for_a_vehicle("Toyota Camry (2018-2022) üçin öň amortizator")  # a closed bracket ends no clause


def test_the_vehicle_itself_with_its_qualifiers_and_vehicle_words() -> None:
    assert not _for_a_vehicle("Toyota Camry 2.5 бензин 2022")
    assert not _for_a_vehicle("Легковой автомобиль Toyota Camry, новый")
    assert not _for_a_vehicle("Белый Toyota Camry 2023")
    assert not _for_a_vehicle("Стекло лобовое")  # no vehicle named at all
    assert not _for_a_vehicle("unfinished forklifts powered by LPG engines")  # English adjectives come first
    # Turkmen "üçin" after other words than the vehicle: the lorry is for the roads
    assert not _for_a_vehicle("Ulanylan ýük awtoulagy samoswal, umumy ýollar üçin, dizel, 2015 ý.")


def test_vehicle_columns_mark_the_vehicle_headings() -> None:
    assert vehicle_columns(["870323", "870830", "871120", "843390"]).tolist() == [True, False, True, False]


def test_on_a_line_for_a_vehicle_the_vehicles_fall_below_the_goods() -> None:
    scores = np.array([[2.8, 1.7, 0.5], [2.8, 1.7, 0.5]])
    lines = ["Стекло лобовое Toyota Camry", "Toyota Camry 2.5 бензин"]
    hits = [MATCHER.hits(matching_keys(line)) for line in lines]

    put_vehicles_below_the_goods(scores, lines, hits, np.array([True, False, False]))

    assert scores.round(2).tolist() == [[1.4, 1.7, 0.5], [2.8, 1.7, 0.5]]
