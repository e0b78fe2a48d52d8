from urllib.parse import unquote

from entrypoints.http.downloads import attachment


def test_a_plain_name_is_sent_as_it_is() -> None:
    assert attachment("invoice-ru-declaration-1.xml") == 'attachment; filename="invoice-ru-declaration-1.xml"'


def test_a_name_in_another_script_goes_in_filename_star_with_an_ascii_fallback() -> None:
    disposition = attachment("Счёт-12-май-report.csv")
    plain, encoded = disposition.split("; filename*=UTF-8''")
    assert plain == 'attachment; filename="12-report.csv"'
    assert unquote(encoded) == "Счёт-12-май-report.csv" and encoded.isascii() and " " not in encoded


def test_turkmen_letters_fall_back_to_their_latin_base() -> None:
    assert attachment("Ýük-sanawy-report.csv").startswith('attachment; filename="Yuk-sanawy-report.csv"; filename*=')
