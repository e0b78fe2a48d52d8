from adapters.classification.offline.abbreviations import Abbreviations, Expander

VOCABULARY = [
    "mascara",
    "shampoo",
    "shampoo",
    "conditioner",
    "bar",
    "soap",
    "body",
    "wash",
    "lipstick",
    "foundation",
    "shrimp",
]


def test_a_consonant_skeleton_is_spelled_out() -> None:
    abbreviations = Abbreviations(VOCABULARY)

    assert abbreviations.expand("mscra", False) == "mascara"
    assert abbreviations.expand("shmp", False) == "shampoo"  # keeps every consonant of shampoo, not of shrimp
    assert abbreviations.expand("cndtnr", False) == "conditioner"


def test_a_plain_prefix_counts_only_as_the_last_word_cut_short() -> None:
    abbreviations = Abbreviations(VOCABULARY)

    assert abbreviations.expand("foundat", True) == "foundation"
    assert abbreviations.expand("foundat", False) is None


def test_known_words_written_together_are_split_into_the_fewest_and_most_even() -> None:
    abbreviations = Abbreviations([*VOCABULARY, "ladies", "synthetic", "woven", "skirt", "sham", "poo", "mild"])

    assert abbreviations.expand("barsoap", False) == "bar soap"
    assert abbreviations.expand("ladiessyntheticwovenskirt", False) == "ladies synthetic woven skirt"
    assert abbreviations.expand("shampoobar", False) == "shampoo bar"  # not "sham poo bar"
    assert abbreviations.expand("shampooxyzsoap", False) is None  # a piece no word explains
    assert abbreviations.expand("mildshampoobarsoapskirt", False) is None  # five words: more than one token holds


def test_unknown_short_or_unmatched_words_stay_as_they_are() -> None:
    abbreviations = Abbreviations(VOCABULARY)

    assert abbreviations.expand("xq", False) is None
    assert abbreviations.expand("zara", True) is None


def test_expander_rewrites_only_unknown_latin_words() -> None:
    expand = Expander(Abbreviations(VOCABULARY), known={"lipstick", "red"}.__contains__)

    assert expand("red lipstick mscra") == "red lipstick mascara"
    assert expand("red lipstick") == "red lipstick"
    assert expand("тушь mscra") == "тушь mascara"
    assert expand("gyzyl dodak boýagy") == "gyzyl dodak boýagy"  # Turkmen is left alone


def test_expander_keeps_pack_sizes_in_one_piece() -> None:
    expand = Expander(Abbreviations(VOCABULARY), known={"lipstick"}.__contains__)

    assert expand("mscra 10ml, x2") == "mascara 10ml, x2"


def test_a_lone_letter_is_joined_to_the_next_word_when_that_makes_a_known_word() -> None:
    expand = Expander(Abbreviations([*VOCABULARY, "tshirt"]), known={"tshirt", "mens"}.__contains__)

    assert expand("mens t shirt") == "mens tshirt"
    assert expand("size m shirt") == "size m shirt"  # "mshirt" is no word


def test_a_shortening_that_keeps_a_vowel_drops_no_consonant() -> None:
    abbreviations = Abbreviations([*VOCABULARY, "fiorelli"])

    assert abbreviations.expand("foll", False) is None  # not "fiorelli" with its "r" gone
    assert abbreviations.expand("mscra", False) == "mascara"  # kept every consonant


def test_a_compound_written_apart_is_joined_when_phrases_use_it() -> None:
    expand = Expander(Abbreviations(["gearbox"] * 3 + ["applejuice", "gear", "box", "apple", "juice"]), lambda _: True)

    assert expand("GEAR BOX ASSY FOR TRUCK") == "gearbox assy for truck"
    assert expand("TRUCK GEAR BOX ASSY") == "truck gearbox assy"  # a pair at any place
    assert expand("apple juice 1 l") == "apple juice 1 l"  # one glued brand phrase is no compound
