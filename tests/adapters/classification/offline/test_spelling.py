from adapters.classification.offline.spelling import british


def test_american_spellings_of_tariff_words_become_british() -> None:
    assert british("aluminum water bottle, gray") == "aluminium water bottle, grey"
    assert british("colored polyester fibers") == "coloured polyester fibres"
    assert british("womens pajamas, tires and molded parts") == "womens pyjamas, tyres and moulded parts"


def test_other_words_that_begin_alike_are_left_alone() -> None:
    assert british("tired colorado molding") == "tired colorado moulding"
    assert british("center console") == "centre console"
