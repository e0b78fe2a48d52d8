from domain.declaration.descriptions import MAX_DESCRIPTION, commercial_description, shortened


def test_an_item_of_many_lines_names_what_fits_and_counts_the_lines_left_out() -> None:
    descriptions = [f"Spare part for industrial sewing machine no. {n:03}" for n in range(1, 81)]
    text = commercial_description(descriptions)
    assert len(text) <= MAX_DESCRIPTION
    shown = text.split("; ")[:-1]
    assert shown == descriptions[: len(shown)]
    assert text.endswith(f"; … and {80 - len(shown)} more lines")


def test_repeats_are_named_once_and_counted_as_lines() -> None:
    assert commercial_description(["Tea", "Tea", "Coffee"]) == "Tea; Coffee"
    assert commercial_description(["Tea", "Tea", "Coffee", "Cocoa"], limit=23) == "Tea; … and 2 more lines"
    assert commercial_description(["Tea", "Tea", "Coffee beans, Brazil"], limit=22) == "Tea; … and 1 more line"


def test_one_description_longer_than_the_box_is_cut() -> None:
    long = "Hydraulic excavator spare part " * 130
    assert len(shortened(long)) <= MAX_DESCRIPTION and shortened(long).endswith("excav…")
    assert commercial_description([long, long]) == shortened(long)
    text = commercial_description([long, "Bucket teeth"])
    assert len(text) <= MAX_DESCRIPTION and text.endswith("…; … and 1 more line")
