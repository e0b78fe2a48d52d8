"""A line that states no origin takes the header's; the declaration then says which country that was."""

from dataclasses import replace

from domain.declaration.origin import origin_of, origin_taken_from_header
from tests.application.fakes import header, line


def test_a_line_without_origin_takes_the_header_origin_else_its_export_country() -> None:
    unstated = replace(line(1, "pump"), origin=None)
    assert origin_of(unstated, header()) == "DE"
    assert origin_of(unstated, replace(header(), default_origin="IT")) == "IT"
    assert origin_of(line(2, "pump"), replace(header(), default_origin="IT")) == "DE"


def test_a_list_stating_no_origin_is_told_the_country_every_line_took() -> None:
    lines = [replace(line(row, "pump"), origin=None) for row in (1, 2)]
    [note] = origin_taken_from_header(lines, replace(header(), default_origin="IT"))
    assert note.reason.startswith(
        "no line states its origin (there is no origin column, or it is empty): every line is of IT origin, "
        "the declaration header's country of origin;"
    )
    [note] = origin_taken_from_header(lines, header())
    assert "every line is of DE origin, the declaration header's country of export" in note.reason


def test_lines_leaving_the_origin_empty_are_counted() -> None:
    lines = [line(1, "pump"), replace(line(2, "valve"), origin=None)]
    [note] = origin_taken_from_header(lines, header())
    assert note.reason.startswith("1 line(s) leave the origin empty: they are of DE origin")


def test_lines_stating_their_origin_need_no_note() -> None:
    assert origin_taken_from_header([line(1, "pump")], header()) == []
