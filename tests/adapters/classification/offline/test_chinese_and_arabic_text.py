"""Chinese lines are cut into words; Arabic lines lose the article written onto their nouns."""

from adapters.classification.offline.text import after_separator, is_content, keys, marks, words


def test_a_chinese_run_is_cut_into_its_words_apart_from_figures_and_latin_letters() -> None:
    assert words("304不锈钢无缝钢管") == ["304", "不锈钢", "无缝钢管"]
    assert words("LED灯泡 9W") == ["led", "灯泡", "9", "w"]
    assert keys("女式长袖衬衫") == ("女式", "长袖", "衬衫")


def test_a_chinese_phrase_meets_a_line_that_puts_words_between_its_words() -> None:
    phrase, line = set(keys("女式衬衫")), set(keys("女式长袖衬衫，白色"))
    assert phrase <= line


def test_one_chinese_character_can_name_the_goods_and_is_no_mark() -> None:
    assert keys("硅胶手机壳") == ("硅胶", "手机", "壳")
    assert is_content("壳")
    assert marks("T恤") == frozenset({"t"})  # the "T" of "T恤" is a mark the phrase needs, as in "t shirt"


def test_chinese_and_arabic_commas_part_the_line_as_commas_do() -> None:
    assert after_separator("手机壳、硅胶") == [False, False, True]
    assert after_separator("مكيف هواء، سبليت") == [False, False, True]


def test_the_arabic_article_and_hamza_forms_are_read_as_the_bare_noun() -> None:
    assert words("الأسمنت") == words("أسمنت") == words("اسمنت")
    assert words("والبلاط") == words("بلاط")
    assert words("سيارة") == words("سياره")
    assert words("الة") == ["اله"]  # a word of two letters after "ال" keeps them: it is no article
