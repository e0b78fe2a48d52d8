import pytest

from application.review.download_names import download_name


@pytest.mark.parametrize(
    ("uploaded", "file", "expected"),
    [
        ("invoice-ru.csv", "declaration-1.xml", "invoice-ru-declaration-1.xml"),
        ("invoice-ru.csv", "report.csv", "invoice-ru-report.csv"),
        ("C:\\Users\\broker\\Desktop\\invoice ru.xlsx", "report.csv", "invoice-ru-report.csv"),
        ("../../etc/passwd", "declaration-1.xml", "passwd-declaration-1.xml"),
        ('счёт "№ 12" / май.csv', "report.csv", "май-report.csv"),
        ('Счёт "№ 12", май.csv', "report.csv", "Счёт-12-май-report.csv"),
        ("Ýük sanawy.xlsx", "declaration-2.xml", "Ýük-sanawy-declaration-2.xml"),
        ("bad\r\nname\x00.csv", "report.csv", "bad-name-report.csv"),
        ("...csv", "report.csv", "report.csv"),
        ("", "declaration-1.xml", "declaration-1.xml"),
        ("x" * 300 + ".csv", "report.csv", "x" * 80 + "-report.csv"),
    ],
)
def test_downloads_are_named_after_the_uploaded_file_safely(uploaded: str, file: str, expected: str) -> None:
    assert download_name(uploaded, file) == expected
