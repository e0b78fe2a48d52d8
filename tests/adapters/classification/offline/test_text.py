import pytest

from adapters.classification.offline.stemming import turkmen_stem
from adapters.classification.offline.text import (
    is_turkmen,
    keys,
    matching_keys,
    normalise,
    stems,
    words,
    writes_turkmen,
)


def test_normalise_folds_case_unicode_and_possessives() -> None:
    assert normalise("MEN'S Ｔ-Shirt") == "men tshirt"
    assert normalise("Ёлочные игрушки") == "елочные игрушки"


def test_accents_are_folded_but_turkmen_letters_kept() -> None:
    assert normalise("Lancôme Idôle, Chloé") == "lancome idole, chloe"
    assert normalise("İstikbal") == "istikbal"
    assert normalise("ýüň köýnek, şampun, çaga") == "ýüň köýnek, şampun, çaga"


def test_mojibake_from_a_wrong_code_page_is_repaired_or_dropped() -> None:
    assert words("cafÃ© au lait") == ["cafe", "au", "lait"]  # repaired, then its accent folded
    assert words("thermoliteâ® top") == ["thermolite", "top"]


def test_words_keep_numbers_and_join_single_letter_prefixes() -> None:
    assert words("e-book reader, 6.5 in") == ["ebook", "reader", "6.5", "in"]


def test_a_tyre_size_gives_its_rim_as_a_word_however_it_is_written() -> None:
    assert words("Tyres 195/65R15 91H")[:4] == ["tyres", "195", "65", "r15"]
    assert "r17" in words("Hankook 225/45ZR17 94W") and "r16" in words("Шины 205/55 R16")
    assert "r16" not in words("Шина 195/75 R16C")  # a light lorry's ("C", commercial) is no car tyre


def test_stems_drop_stop_words_numbers_and_single_letters() -> None:
    assert stems("Men's 100% cotton T-shirts, knitted") == ("men", "cotton", "tshirt", "knit")
    assert stems("Un, 50 kg-lyk") == stems("Un, 50 kg")  # Turkmen "-lyk" after a figure: "of 50 kg"


def test_russian_words_get_russian_stems() -> None:
    assert stems("Футболки мужские хлопковые") == ("футболк", "мужск", "хлопков")


def test_russian_indeclinable_loans_keep_their_ending() -> None:
    # Snowball cuts "касио" (Casio) to "кас", the fertiliser КАС, and "валио" (Valio) to "вал", a shaft
    assert stems("касио валио радио видео") == ("касио", "валио", "радио", "видео")
    assert stems("КАС-32") != stems("касио")


@pytest.mark.parametrize(
    ("line", "turkmen"),
    [
        ("Erkekler üçin köýnek", True),
        ("pagta futbolka", True),
        ("cotton shirt", False),
        ("рубашка", False),
    ],
)
def test_turkmen_is_told_by_its_letters_and_common_words(line: str, turkmen: bool) -> None:
    assert is_turkmen(words(line)) is turkmen


@pytest.mark.parametrize("line", ["Ahşap yemek masası", "Çelik boru dikişsiz, soğuk çekilmiş"])
def test_a_line_writing_turkish_letters_turkmen_lacks_is_not_read_as_turkmen(line: str) -> None:
    assert is_turkmen(words(line))  # its other letters are Turkmen ones
    assert not writes_turkmen(line)  # but "ı" and "ğ" are no Turkmen letters


def test_turkmen_stems_lose_plural_and_case_endings() -> None:
    assert stems("Erkekler üçin pagta köýnekleri") == ("erkek", "pagta", "koynek")  # the letters typed plain
    assert turkmen_stem("aýakgaplarda") == "aýakgap"
    assert turkmen_stem("pagta") == "pagta"  # a short word keeps its ending-like "ta"
    assert turkmen_stem("toyota") == "toyota"  # "-ta" follows a voiceless consonant only ("mekdepte")
    assert turkmen_stem("mekdepte") == "mekdep"


def test_turkmen_typed_without_its_letters_reads_as_with_them() -> None:
    assert keys("kir yuwujy masyn ucin") == keys("Kir ýuwujy maşyn üçin") == ("kir", "yuwujy", "masyn")


def test_slash_abbreviations_are_kept_as_words() -> None:
    assert keys("Футболка т/в х/б") == ("футболк", "т/в", "х/б")  # single letters alone would be dropped
    assert keys("womens t/shirt l/s") == ("women", "tshirt", "l/s")  # "t/shirt" reads as "t-shirt"
    assert words("mug w/ lid, крем д/лица") == ["mug", "with", "lid", "крем", "для", "лица"]
    assert words("w/o box") == ["without", "box"]


def test_not_knitted_reads_as_woven() -> None:
    assert words("Men's trousers of cotton denim, not knitted") == ["men", "trousers", "of", "cotton", "denim", "woven"]
    assert normalise("non-knitted fabric; нетрикотажная рубашка") == "woven fabric; woven рубашка"
    assert normalise("Aýallar üçin köýnek, trikotaž däl") == "aýallar üçin köýnek, woven"  # Turkmen: "not" after


def test_initials_joined_by_an_ampersand_or_dotted_are_one_word() -> None:
    assert words("b&h hand wash") == ["b&h", "hand", "wash"]
    assert words("e.l.f. halo glow") == ["elf", "halo", "glow"]
    assert words("salt & pepper") == ["salt", "pepper"]  # words joined by a spaced "&" stay apart
    assert keys("h&s shampoo") == ("h&s", "shampoo")  # no plural "s" taken off the initials
    assert stems("h&s shampoo")[0] == "h&s"


def test_a_brand_of_one_or_two_letters_and_a_number_is_one_word() -> None:
    assert words("e45 cream 500g") == ["e45", "cream", "500", "g"]
    assert words("no7 lash impact, vitamin d3") == ["no7", "lash", "impact", "vitamin", "d3"]
    assert words("pack of 2 x24") == ["pack", "of", "2", "x", "24"]  # a count stays a number


def test_a_word_the_line_denies_does_not_match_the_word() -> None:
    assert matching_keys("Шоколад молочный без начинки") == ("шоколад", "молочн", "-начинк")
    assert matching_keys("chocolate bar, not filled")[-1] == "-filled"
    assert matching_keys("sugar free gum")[0] == "-sugar"
    assert matching_keys("Garylan, şeker däl") == ("garylan", "-seker")  # Turkmen "däl" (not) follows the word
    assert matching_keys("Moong dal 1 kg") == ("moong", "dal", "kg")  # "dal" typed plain is also lentils
    assert matching_keys("No. 5 perfume") == ("no", "perfume")  # a number is not denied
    assert matching_keys("Шоколад молочный без начинки")[:2] == keys("Шоколад молочный без начинки")[:2]


def test_a_singular_in_ie_meets_its_plural() -> None:
    assert keys("pantie hoodie") == keys("panties hoodies") == ("panty", "hoody")
    assert keys("tie pie") == ("tie", "pie")  # too short to be a "-ie" diminutive
    assert keys("sseplenie toplumy")[0] == "sseplenie"  # a Russian noun in -ение typed in Latin letters


def test_turkmen_stems_unvoice_the_consonant_a_vowel_ending_voiced() -> None:
    assert turkmen_stem("çäýnegi") == turkmen_stem("çäýnekler") == "çäýnek"  # its kettle, kettles
    assert turkmen_stem("aýakgaby") == "aýakgap"
    assert turkmen_stem("ýuwujy") == "ýuwujy"  # "-jy" is the doer's ending (a washer), not a voiced "ç"
    assert turkmen_stem("köýnegi") == turkmen_stem("köýnekleri") == "köýnek"
    assert turkmen_stem("ýagy") == turkmen_stem("ýaglary") == "ýag"  # a monosyllable keeps its consonant (oil)
    assert turkmen_stem("budy") == turkmen_stem("budlary") == "bud"  # its leg, legs
    assert turkmen_stem("zawodlar") == "zawod"  # a consonant ending does not voice
    assert turkmen_stem("xiaomi") == "xiaomi"
    assert (turkmen_stem("honda"), turkmen_stem("sabyny")) == ("honda", "saby")  # no -a possessive; one ending


def test_turkish_dotless_i_is_the_turkmen_y() -> None:
    assert normalise("Çaga jorabı") == "çaga joraby"


def test_a_plain_dal_is_lentils_not_a_denial() -> None:
    assert matching_keys("Bugdaý, tohumlyk däl")[-1] == "-tohumlyk"
    assert matching_keys("ÇANA DAL 25 KG") == ("cana", "dal", "kg")  # chickpea dal
    assert matching_keys("red dal lentils") == ("red", "dal", "lentil")


def test_initialisms_inside_longer_ones_or_on_garments_are_no_steel() -> None:
    assert words("BALSAMIC VINEGAR OF MODENA P.G.I.")[-1] == "pgi"
    assert words("MEN T-SHIRT S.S. 100% COTTON") == ["men", "tshirt", "ss", "100", "cotton"]  # short sleeve


def test_exporters_initialisms_with_dots_are_spelled_out() -> None:
    assert words("S.S. SHEET 304") == ["stainless", "steel", "sheet", "304"]
    assert words("G.I. PIPE") == ["galvanised", "iron", "pipe"]
    assert words("ss revere top") == ["ss", "revere", "top"]  # without dots it is no steel


def test_a_denial_reaches_over_stop_words() -> None:
    assert matching_keys("HOT ROLLED STEEL PLATE NOT IN COIL")[-1] == "-coil"
    assert matching_keys("Пшеница не для посева") == ("пшениц", "-посев")
    assert words("S.S.304 SHEET") == ["stainless", "steel", "304", "sheet"]
    assert words("Труба нерж. бесшовная")[1] == "нержавеющая"


def test_the_apostrophe_of_uzbek_o_and_g_is_part_of_the_word() -> None:
    assert words("Yeryong'oq poʻstsiz") == words("Yeryongoq postsiz") == ["yeryongoq", "postsiz"]
    assert words("men's iPhone'lar d'olive") == ["men", "iphone", "lar", "d", "olive"]  # other apostrophes part words


def test_persian_typed_with_arabic_letters_marks_or_digits_reads_as_persian() -> None:
    assert words("چاي سياه") == words("چای سیاه")  # Arabic yeh as Persian yeh
    assert words("كاشي سراميكي") == ["کاشی", "سرامیکی"]  # Arabic kaf as Persian keheh
    assert words("مُرغ منجمد") == ["مرغ", "منجمد"]  # a short-vowel mark does not part the word
    assert words("پسته ۵۰ کیلو") == ["پسته", "50", "کیلو"]
    assert "ای" not in matching_keys("ظروف یکبار مصرف قهوه‌ای")  # "-ای" (brown) is an ending, no word
