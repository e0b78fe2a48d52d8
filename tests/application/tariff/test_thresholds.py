from decimal import Decimal

import pytest

from application.tariff.thresholds import bounds, stated_sizes


@pytest.mark.parametrize(
    ("text", "relation", "limit"),
    [
        ("Холодильники объемом более 340 л", ">", "340"),
        ("Машины стиральные с загрузкой не более 6 кг", "<=", "6"),
        ("of a dry linen capacity not exceeding 6 kg", "<=", "6"),
        ("Двигатели мощностью не менее 0,75 кВт", ">=", "0.75"),
        ("motors of an output less than 750 W", "<", "0.750"),
        ("Kir ýuwýan maşynlar, 6 kg çenli", "<=", "6"),
        ("göwrümi 340 l-den köp", ">", "340"),
    ],
)
def test_the_bound_a_line_text_sets(text: str, relation: str, limit: str) -> None:
    (bound,) = bounds(text)

    assert (bound.relation, bound.limit) == (relation, Decimal(limit))


def test_a_text_without_a_size_sets_no_bound() -> None:
    assert bounds("Сахар белый, 2 сорта") == []


def test_the_sizes_a_description_states_in_base_units() -> None:
    assert stated_sizes("Холодильник Atlant 420 л, 2 шт") == {"volume": (Decimal(420), "420 л")}
    assert stated_sizes("Fan heater 2000 W, 5 kg") == {
        "power": (Decimal("2.000"), "2000 W"),
        "mass": (Decimal(5), "5 kg"),
    }
    assert stated_sizes('Телевизор 55"') == {}
