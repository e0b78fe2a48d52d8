from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from entrypoints.cli.tariff_commands import tariff_app

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "examples" / "tariff-tm-sample.csv"
runner = CliRunner()
gumruk = typer.Typer()
gumruk.add_typer(tariff_app, name="tariff")


def _import(source: Path, data_dir: Path, *options: str) -> tuple[int, str]:
    result = runner.invoke(gumruk, ["tariff", "import", str(source), "--data-dir", str(data_dir), *options])
    return result.exit_code, result.output


def test_the_sample_tariff_is_imported_into_the_data_folder(tmp_path: Path) -> None:
    code, output = _import(SAMPLE, tmp_path, "--country", "TM")

    assert code == 0, output
    assert "tariff-tm-sample.csv: 62 national tariff lines imported for TM, covering 41 HS-6 subheadings" in output
    assert "2 heading row(s) without a national code skipped" in output
    assert (tmp_path / "files" / "tariffs" / "TM" / "current.json").is_file()


def test_a_new_import_says_which_tariff_it_replaces(tmp_path: Path) -> None:
    _import(SAMPLE, tmp_path)
    smaller = tmp_path / "tariff-2027.csv"
    smaller.write_text("Код;Наименование;Ед. изм.\n8418 10 200;Холодильники;шт\n", encoding="utf-8")

    code, output = _import(smaller, tmp_path)

    assert code == 0, output
    assert "it replaces the tariff imported from tariff-tm-sample.csv on " in output
    assert "(62 lines, version " in output and "which is kept but no longer used" in output


def test_a_tariff_with_wrong_rows_lists_every_problem_exits_2_and_imports_nothing(tmp_path: Path) -> None:
    source = tmp_path / "tariff.csv"
    source.write_text("Код;Наименование;Ед. изм.\n8418 10 200;Холодильники;шт\n8418 10 20;Прочие;шт\n"
                      "8418 10 800;Прочие;блистер\n", encoding="utf-8")  # fmt: skip

    code, output = _import(source, tmp_path / "data")

    assert code == 2
    assert "gumruk: tariff.csv: 2 problem(s), nothing imported" in output
    assert "row 3, column 'Код': '8418 10 20' has 8 digits; TM tariff lines have 9" in output
    assert "row 4, column 'Ед. изм.': 'блистер' is not a unit we know" in output
    assert not (tmp_path / "data" / "files" / "tariffs").exists()


@pytest.mark.parametrize(
    ("content", "options", "message"),
    [
        (None, (), "no such file"),
        ("Код;Наименование\n841810200;Холодильники\n", ("--country", "ZZ"), "no declaration schema for country"),
        ("Наименование;Кол-во\nХолодильник;4\n", (), "no tariff header"),
    ],
)
def test_unusable_input_exits_2_with_one_clear_line(
    tmp_path: Path, content: str | None, options: tuple[str, ...], message: str
) -> None:
    source = tmp_path / "tariff.csv"
    if content is not None:
        source.write_text(content, encoding="utf-8")

    code, output = _import(source, tmp_path / "data", *options)

    assert code == 2
    assert message in output
    assert "Traceback" not in output
