from pathlib import Path

from adapters.classification.offline.lexicon import load_lexicon


def test_every_csv_in_the_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("code,terms,note\n330420,mascara|тушь|tuş,eye make-up\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("code,terms\n6109,t-shirt|футболка\n", encoding="utf-8")

    lexicon = load_lexicon(tmp_path)

    assert [(entry.code, entry.terms) for entry in lexicon.entries] == [
        ("330420", ("mascara", "тушь", "tuş")),
        ("6109", ("t-shirt", "футболка")),
    ]
    assert lexicon.entries[0].note == "eye make-up"
    assert lexicon.entries[0].origin == "a.csv:2"


def test_a_missing_or_empty_folder_gives_an_empty_lexicon(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")

    assert load_lexicon(tmp_path).entries == ()
    assert load_lexicon(tmp_path / "absent").entries == ()


def test_bad_rows_are_skipped_and_named(tmp_path: Path) -> None:
    (tmp_path / "partial.csv").write_text(
        'code,terms,note\n33042,mascara,\n330420,,\n"6109","t-shirt|tee"\n', encoding="utf-8"
    )

    lexicon = load_lexicon(tmp_path)

    assert [entry.code for entry in lexicon.entries] == ["6109"]
    assert lexicon.skipped == (
        "partial.csv:2: column 'code' is '33042', not a 4- or 6-digit code",
        "partial.csv:3: column 'terms' is empty",
    )


def test_the_fingerprint_follows_the_file_contents(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("code,terms\n330420,mascara\n", encoding="utf-8")
    before = load_lexicon(tmp_path).fingerprint
    path.write_text("code,terms\n330420,mascara|тушь\n", encoding="utf-8")

    assert load_lexicon(tmp_path).fingerprint != before
