"""The warnings on packages read from each package's size, implausible counts and kinds kept apart are translated."""

from entrypoints.http.web.problem_texts import translated

SIZE = (
    "'50 kg PP bags' gives the size of each package, not how many there are; 10030 kg of net mass over 50 kg is "
    "200.60 packages, no whole number, so the number of packages is not stated: state it (line 7 of the file)"
)
HEAVY = (
    "10 packages (BG) for 20100 kg make 2010 kg a package, more than 1.5 t a bag, carton or box can weigh: is the "
    "figure the packages' count, or the size or mass of each? (line 8 of the file)"
)
KINDS = (
    "rows 1 and 2 would make one goods item but state packages of different kinds (CT, PX): packages of different "
    "kinds are never added up, so the lines are declared as one goods item per kind"
)


def test_the_package_warnings_read_in_russian_and_turkmen() -> None:
    assert translated(SIZE, "ru") == (
        "«50 kg PP bags» — размер каждого места, а не их число; 10\u00a0030 кг веса нетто на 50 кг — это 200,60 мест, "
        "не целое число, поэтому число мест не указано: укажите его (строка 7 файла)"
    )
    assert (translated(HEAVY, "ru") or "").startswith("10 мест (BG) на 20\u00a0100 кг — это 2\u00a0010 кг на место")
    assert (translated(KINDS, "tk") or "").startswith("1 we 2 belgili setirler bir haryt bolardy")


def test_rows_named_on_their_sheets_are_translated_sheet_by_sheet() -> None:
    """The rows of a list of several sheets, in the warnings that count them, each told with its sheet."""
    on_sheets = KINDS.replace("rows 1 and 2", "rows 1 and 3 on sheet 'Invoice 1'; row 2 on sheet 'Invoice 2'")
    assert (translated(on_sheets, "ru") or "").startswith(
        "строки 1 и 3 на листе «Invoice 1»; строка 2 на листе «Invoice 2» составили бы один товар"
    )
    left = "1 line still needs review (row 2 on sheet 'Лист 1'): the declaration carries the codes proposed for them"
    assert translated(left, "tk") == (
        "1 setiriň kody entek barlanmaly («Лист 1» listiniň 2 belgili setiri): deklarasiýada häzirlikçe onuň üçin "
        "teklip edilen kod dur"
    )
