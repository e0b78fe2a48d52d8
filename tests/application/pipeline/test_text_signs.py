import pytest

from application.pipeline.text_signs import bom_encoding, looks_binary, utf16_without_bom


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("\ufeffa".encode("utf-32-le"), ("utf-32-le", 4)),
        ("\ufeffa".encode("utf-16-le"), ("utf-16-le", 2)),
        ("\ufeffa".encode("utf-8"), ("utf-8", 3)),
        (b"a,b", None),
    ],
)
def test_a_bom_names_its_encoding_and_length(data: bytes, encoding: tuple[str, int] | None) -> None:
    assert bom_encoding(data) == encoding


def test_utf16_without_a_bom_is_told_by_the_side_of_its_zero_bytes() -> None:
    text = "Описание;Кол-во\nЧай;1\n"
    assert utf16_without_bom(text.encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(text.encode("utf-16-be")) == "utf-16-be"
    assert utf16_without_bom(text.encode("utf-8")) is None
    assert utf16_without_bom(b"a") is None


def test_a_share_of_control_codes_is_binary_but_a_stray_one_or_nul_padding_is_not() -> None:
    assert looks_binary("\x00\x01\x02binary")
    assert not looks_binary("description,qty\nte\x00a,1\n")
    assert not looks_binary("description,qty\ntea,1\n" + "\x00" * 64)
    assert not looks_binary("a\tb\r\nc\x0cd")
