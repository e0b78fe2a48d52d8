"""`gumruk classify`: the scores are the figures `declare`'s report shows, and a supplier's declared code kept at
rank 1 says so in the `source` column, even where the engine ranks another code above it."""

import csv
import io
from pathlib import Path

import pytest
from dependency_injector import providers
from typer.testing import CliRunner

from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import DECLARED_DIFFERS, Candidate, Classification, Source
from entrypoints.cli import classify as command
from entrypoints.cli.main import app
from entrypoints.container import Container


class _SupplierCodes:
    """The kettle's declared 851671 kept first though the engine puts 851679 first; the oven's agreed with."""

    def classify(self, requests: list[ClassificationRequest], top: int = 5) -> list[Classification]:
        return [self._one(request.description) for request in requests]

    def _one(self, description: str) -> Classification:
        if description.startswith("Electric kettle"):
            candidates = [
                Candidate("851671", 0.0, "declared"),
                Candidate("851679", 0.9999, ""),
                Candidate("851610", 0.0001, ""),
            ]
            notes = [f"declared code 851671 {DECLARED_DIFFERS} 851679"]
            return Classification(candidates, Source.DECLARED, 0.0, True, notes)
        return Classification([Candidate("851650", 1.0, ""), Candidate("851660", 0.0, "")], Source.ENGINE, 0.94, False)


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    container = Container.for_command_line()
    container.classifier.override(providers.Object(_SupplierCodes()))
    monkeypatch.setattr(command.Container, "for_command_line", lambda data_dir=None: container)


def test_the_declared_code_at_rank_1_is_marked_and_scored_as_in_the_report(fake_engine: None, tmp_path: Path) -> None:
    path = tmp_path / "invoice.csv"
    path.write_text("Description,HS Code,Qty pcs,Amount USD\nElectric kettle 1.7L,8516710000,1200,8220\n"
                    "Microwave oven 20L,8516500000,300,11550\n")  # fmt: skip
    result = CliRunner().invoke(app, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert [",".join(row[:5]) for row in rows] == [
        "row,rank,hs6,score,source",
        "1,1,851671,0.0000,declared",
        "1,2,851679,0.9999,engine",
        "1,3,851610,0.0001,engine",
        "2,1,851650,0.9400,engine",
        "2,2,851660,0.0000,engine",
    ]
    assert rows[0][5:] == ["needs_review", "notes", "rationale", "description"]
    assert [row[5] for row in rows[1:]] == ["yes", "", "", "no", ""]  # the line's, on its rank-1 row
    assert rows[1][6] == f"declared code 851671 {DECLARED_DIFFERS} 851679"
    assert [row[8] for row in rows[1:]] == ["Electric kettle 1.7L"] * 3 + ["Microwave oven 20L"] * 2
    assert "supplier's code kept at rank 1 (source 'declared') though the engine ranks another first: 1 row(s)" in (
        result.stderr
    )


def test_what_reading_found_is_said_on_stderr_while_every_row_is_ranked(fake_engine: None, tmp_path: Path) -> None:
    path = tmp_path / "invoice.csv"
    path.write_text("Description,Qty pcs,Amount USD\nMicrowave oven 20L,-10,-385\nMicrowave oven 25L,5,200\n")
    result = CliRunner().invoke(app, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    assert [row.split(",")[:2] for row in result.stdout.splitlines()[1:]] == [
        ["1", "1"],
        ["1", "2"],
        ["2", "1"],
        ["2", "2"],
    ]
    errors = [
        said
        for said in result.stderr.splitlines()
        if said.startswith("gumruk: error (a declaration would stop here): row 1")
    ]
    assert len(errors) == 2 and "'Qty pcs'" in errors[0] and "'Amount USD'" in errors[1]


def test_rows_without_words_to_classify_are_named(fake_engine: None, tmp_path: Path) -> None:
    """A hostile trial read '1 row(s) without words to classify were skipped', and had to find it."""
    path = tmp_path / "invoice.csv"
    path.write_text("Description,Qty pcs,Amount USD\nMicrowave oven 20L,10,385\n=1+1,5,200\n")
    result = CliRunner().invoke(app, ["classify", str(path)])
    assert result.exit_code == 0, result.output
    assert "gumruk: 1 row(s) without words to classify were skipped: row 2" in result.stderr
