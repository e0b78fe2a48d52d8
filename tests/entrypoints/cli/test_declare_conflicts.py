"""`gumruk declare` on a list whose supplier's code the engine is sure is wrong (a broker's trial: titanium dioxide
declared as fatty acids): no declaration is written, the conflict is said first with both codes, and how to
decide it; the report shows both codes."""

import csv
import io
from pathlib import Path

import pytest
from dependency_injector import providers
from typer.testing import CliRunner

from application.ports.classifier import ClassificationRequest
from domain.classification.candidate import DECLARED_DIFFERS, Candidate, Classification, Source
from domain.classification.declared_conflict import declared_conflict
from entrypoints.cli import declare as command
from entrypoints.cli.main import app
from entrypoints.container import Container

HEADER = Path(__file__).resolve().parents[3] / "examples" / "header-en.toml"
FATTY_ACIDS = "Industrial monocarboxylic fatty acids; acid oils from refining: other"
TITANIUM_DIOXIDE = "Pigments and preparations based on titanium dioxide: containing 80 % or more of titanium dioxide"


class _SureEngine:
    """What the offline engine answers: 3206.11 at 0.97 against the supplier's 3823.19; the tea as declared."""

    def classify(self, requests: list[ClassificationRequest], top: int = 5) -> list[Classification]:
        return [self._one(request) for request in requests]

    def _one(self, request: ClassificationRequest) -> Classification:
        if request.description.startswith("Titanium"):
            declared = Candidate("382319", 0.0, "declared by the supplier", tariff_text=FATTY_ACIDS)
            engine = Candidate("320611", 1.0, "lexicon 'titanium dioxide'", tariff_text=TITANIUM_DIOXIDE)
            notes = [f"declared code 382319 {DECLARED_DIFFERS} 320611"]
            conflict = declared_conflict(declared, engine, 0.97)
            return Classification([declared, engine], Source.DECLARED, 0.0, True, notes, conflict=conflict)
        return Classification([Candidate("090240", 1.0, "lexicon 'black tea'")], Source.DECLARED, 0.95, False)


@pytest.fixture
def sure_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    container = Container.for_command_line()
    container.engine_classifier.override(providers.Object(_SureEngine()))
    monkeypatch.setattr(command.Container, "for_command_line", lambda grouping=True, data_dir=None: container)


def test_a_sure_conflict_writes_no_declaration_and_is_said_first_with_both_codes(
    sure_engine: None, tmp_path: Path
) -> None:
    listed = tmp_path / "pigments.csv"
    listed.write_text("Description,HS Code,Qty,Net weight kg,Gross weight kg,Origin,Amount USD\n"
                      "Black tea leaf 250 g,0902400000,1200,1200,1290,IN,5700\n"
                      "Titanium dioxide rutile R-902,3823190000,20,20000,20080,CN,52000\n")  # fmt: skip
    out, report = tmp_path / "declaration.xml", tmp_path / "lines.csv"

    result = CliRunner().invoke(app, ["declare", str(listed), "--header", str(HEADER), "-o", str(out),
                                      "--report", str(report), "--data-dir", str(tmp_path / "data")])  # fmt: skip

    assert result.exit_code == 2, result.output
    assert not out.exists()
    said = result.stderr.splitlines()
    assert said[0] == "gumruk: pigments.csv: no declaration written: 1 line(s) need a code chosen first"
    assert said[1] == (
        "  pigments.csv: CONFLICT: 1 line whose supplier's code is in conflict with the engine's (row 2): no "
        "declaration is written until a code is chosen for each in review"
    )
    assert said[2].startswith(
        f"  pigments.csv: CONFLICT row 2, column 'declared_code': the supplier's code 3823.19 '{FATTY_ACIDS}' "
        "conflicts with the engine's 3206.11 'Pigments and preparations based on titanium dioxide: containing 80 %"
    )
    assert "(97 % sure, another chapter): choose one in review" in said[2]
    assert "gumruk memory learn" in said[3]
    rows = list(csv.DictReader(io.StringIO(report.read_text(encoding="utf-8-sig"))))
    assert [(r["supplier_code"], r["hs6"], r["engine_code"], r["conflict"]) for r in rows] == [
        ("0902400000", "090240", "090240", ""), ("3823190000", "382319", "320611", "yes"),
    ]  # fmt: skip
