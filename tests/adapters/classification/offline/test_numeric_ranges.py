import math

import pytest

from adapters.classification.offline import OfflineClassifier
from adapters.classification.offline.numeric_ranges import Range, fits, line_figures, ranges_to_check, tariff_ranges
from application.ports.classifier import ClassificationRequest


def test_tariff_texts_give_one_range_per_bound_pair_in_their_own_units() -> None:
    (motors,) = tariff_ranges(
        "Electric motors; AC motors, multi-phase, of an output exceeding 750W but not exceeding 75kW"
    )
    (cars,) = tariff_ranges("Vehicles; spark-ignition engine, cylinder capacity over 1000 but not over 1500cc")
    width, thickness = tariff_ranges(
        "flat-rolled, of a width 600mm or more, of a thickness of 3mm or more but less than 4.75mm"
    )

    assert (motors.unit, motors.low, motors.high) == ("kw", 0.75, 75.0)
    assert (cars.unit, cars.low, cars.high) == ("cc", 1000.0, 1500.0)
    assert width == Range("mm", 600.0, math.inf, True, True, width=True)
    assert thickness.holds(3.0) and not thickness.holds(4.75)
    assert tariff_ranges("n.e.c. in item no 8704.1") == ()
    assert tariff_ranges("Fabrics, woven; weighing 200g/m2 or less, dyed") == (Range("g/m2", -math.inf, 200.0),)
    assert (
        tariff_ranges("Plywood; each ply 6mm or less") == ()
    )  # a ply's thickness, not the board's  # a number without a bound or a unit is no figure


@pytest.mark.parametrize(
    ("line", "figures"),
    [
        ("Дизельный генератор 100 кВА", {"kva": [100.0]}),
        ("Dizel generator, 100 kWA", {"kva": [100.0]}),
        ("Passenger car 1.4 l petrol", {"cc": [1400.0]}),
        ("Awtoulag ýük maşyny, dizel, 12 tonna", {"t": [12.0]}),
        ("Пылесос 2000 Вт", {"kw": [2.0]}),
        ("Dizel generatory 100 kWt", {"kw": [100.0], "kva": [125.0]}),  # a generating set's kW at power factor 0.8
        ("柴油发电机组 100kW", {"kw": [100.0], "kva": [125.0]}),
        ("المولد الكهربائي ديزل 100 kW", {"kw": [100.0], "kva": [125.0]}),
        ("Regenerated rubber mixer 5 kW", {"kw": [5.0]}),  # no generator
        ("Black tea 100 g", {"kg": [0.1]}),  # a packing's weight: tea is split at 3 kg
        ("Чай черный 250 г, 2019 г.в.", {"kg": [0.25]}),  # a year of make is no weight
        ("Плитка 10 кв.м", {}),  # square metres are no kilovolts
        ("Сечение 10 кв.см", {}),
        ("Кабель силовой АПвПу 1х240 10 кВ", {"v": [10000.0]}),
        ("Kabel AAŞw 3x120 10 kV, 500 m barabanda", {"v": [10000.0]}),
        ("Pagta mata, 140 g/m2", {"g/m2": [140.0]}),
        ("Ткань бязь 142 г/м2", {"g/m2": [142.0]}),
    ],
)
def test_lines_state_figures_in_russian_turkmen_and_english_units(line: str, figures: dict[str, list[float]]) -> None:
    assert line_figures(line) == figures


def test_each_stated_figure_sits_in_a_different_range() -> None:
    width = Range("mm", 600.0, math.inf, True, True)
    thick = Range("mm", 10.0)  # exceeding 10 mm

    assert fits([width, Range("mm", 3.0, 4.75, True, False)], {"mm": [3.0, 1250.0]})
    assert not fits([width, thick], {"mm": [3.0, 1250.0]})  # the 1250 is the width, not the thickness


@pytest.mark.parametrize(
    ("line", "hs6"),
    [
        ("Дизельный генератор 100 кВА", "850212"),
        ("Дизельный генератор 100 кВт", "850212"),  # 125 kVA; not the spark-ignition sets of 8502.20
        ("Washing machine front load 12 kg", "845020"),
        ("Электродвигатель трехфазный 110 кВт", "850153"),
        ("Грузовой автомобиль самосвал КАМАЗ дизель 25 т", "870423"),
    ],
)
def test_a_stated_figure_picks_the_subheading_whose_range_holds_it(
    offline_classifier: OfflineClassifier, line: str, hs6: str
) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest(line)])

    assert result.candidates[0].hs6 == hs6, result.candidates[0].rationale
    assert "figures:" in result.candidates[0].rationale


def test_each_size_of_a_dimension_takes_its_unit() -> None:
    assert line_figures("Polat list, sowuk prokat, rulonda, 0,8x1250 mm") == {"mm": [0.8, 1250.0]}
    assert line_figures("Лист х/к 1,5 х 1250 х 2500 мм") == {"mm": [1.5, 1250.0, 2500.0]}
    assert line_figures("Плитка 60x60 см") == {"mm": [600.0, 600.0]}
    assert line_figures("Polat burçluk 50x50x5") == {}  # no unit: no figure
    assert line_figures("Кабель ВВГ 3x2,5 мм²") == {}  # square millimetres are no length


def test_a_fabrics_ounces_are_its_weight_per_square_metre() -> None:
    assert line_figures("100% COTTON WOVEN DENIM FABRIC 12OZ INDIGO") == {"g/m2": [pytest.approx(406.9, abs=0.1)]}


def test_a_bound_may_name_what_it_measures_and_foil_is_measured_in_microns() -> None:
    retail_glue = "Glues; put up for retail sale as glues or adhesives, not exceeding a net weight of 1kg"
    assert tariff_ranges(retail_glue) == (Range("kg", high=1.0),)
    assert line_figures("ALUMINIUM FOIL 30CM X 10M 11MIC") == {"mm": [300.0, pytest.approx(0.011)]}
    assert line_figures("Alýumin folga, 10 mkm") == {"mm": [pytest.approx(0.01)]}


def test_a_thickness_is_the_smallest_size_of_a_sheet() -> None:
    sheet = line_figures("S.S.304 SHEET COLD ROLLED 1.5X1219X2438MM")
    thick = list(tariff_ranges("stainless, width 600mm or more, cold-rolled, of a thickness of 4.75mm or more"))
    thin = list(tariff_ranges("stainless, width 600mm or more, of a thickness exceeding 1mm but less than 3mm"))
    assert [r.thickness for r in thick] == [False, True]
    assert not fits(thick, sheet)  # 1219 mm is the width, not a thickness of 4.75 mm or more
    assert fits(thin, sheet)


def test_a_width_alone_is_no_thickness_and_a_width_range_is_no_thickness_range() -> None:
    coil = list(tariff_ranges("width 600mm or more, of a thickness of less than 3mm"))
    assert fits(coil, line_figures("CR COIL 1250 MM"))  # the line leaves the thickness open
    both = tariff_ranges("of a thickness of 3 mm or more, of a width of 600 mm or more")
    assert [r.thickness for r in both] == [True, False]
    assert line_figures("PERFUME 3.4 OZ") == {}  # ounces weigh a fabric only


def test_a_lone_gauge_tests_no_width() -> None:
    zinc = tariff_ranges("Iron or non-alloy steel; flat-rolled, width 600mm or more, plated or coated with zinc")
    narrow = tariff_ranges("Iron or non-alloy steel; flat-rolled, width less than 600mm, plated or coated with zinc")
    tin = tariff_ranges("flat-rolled, width 600mm or more, plated or coated with tin, thickness of less than 0.5mm")
    gauge = line_figures("Лист оцинкованный 0,45 мм")
    assert [r.width for r in zinc] == [True]
    assert ranges_to_check(zinc, gauge) == ranges_to_check(narrow, gauge) == []  # 0.45 mm is no sheet's width
    assert fits(ranges_to_check(tin, gauge), gauge) and not fits(ranges_to_check(tin, {"mm": [0.6]}), {"mm": [0.6]})
    strip = line_figures("Лента оцинкованная 0,5х50 мм")
    assert ranges_to_check(narrow, strip) == list(narrow)  # two sizes: 50 is a width


@pytest.mark.parametrize(
    ("line", "hs6"),
    [
        ("Лист оцинкованный 0,45 мм", "721049"),  # not tinplate 7210.12 by its gauge
        ("Profnastil sinklenen 0,4 mm", "721041"),  # not a strip under 600 mm wide
        ("Жесть белая 0,2 мм", "721012"),
    ],
)
def test_a_sheet_stated_by_its_gauge_alone_keeps_its_coating(
    offline_classifier: OfflineClassifier, line: str, hs6: str
) -> None:
    (result,) = offline_classifier.classify([ClassificationRequest(line)])

    assert result.candidates[0].hs6 == hs6, result.candidates[0].rationale


def test_persian_lines_state_figures_in_persian_units_and_digits() -> None:
    assert line_figures("الکتروموتور سه فاز ۱۵ کیلووات ۱۵۰۰ دور") == {"kw": [15.0]}
    assert line_figures("ديزل ژنراتور ۱۰۰ کيلوولت آمپر") == {"kva": [100.0]}  # typed with Arabic 'ي'
    assert line_figures("پمپ آب ۰٫۷۵ کیلووات") == {"kw": [0.75]}  # the Arabic decimal separator
    assert line_figures("ام دی اف خام ۱۶ میل") == {"mm": [16.0]}
    assert line_figures("آب پرتقال پاکت ۱ لیتری") == {"cc": [1000.0]}  # the adjective ending on the unit
