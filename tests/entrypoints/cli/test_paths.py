from pathlib import Path

from typer.testing import CliRunner

from entrypoints.cli.main import app
from tests.entrypoints.cli.test_declare import HEADER, RUSSIAN_INVOICE, declare_list

runner = CliRunner()


def invoice(tmp_path: Path) -> Path:
    path = tmp_path / "invoice-ru.csv"
    path.write_bytes(RUSSIAN_INVOICE.encode("cp1251"))
    return path


def test_an_output_folder_that_cannot_be_made_is_refused_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    out = tmp_path / "a-file" / "declaration.xml"
    result = runner.invoke(app, ["declare", str(invoice(tmp_path)), "--header", str(HEADER), "-o", str(out)])
    assert result.exit_code == 2
    assert f"cannot write {out}: the folder {out.parent} cannot be made" in result.output
    assert "internal error" not in result.output


def test_a_report_that_is_a_folder_is_refused(tmp_path: Path) -> None:
    args = ["declare", str(invoice(tmp_path)), "--header", str(HEADER), "-o", str(tmp_path / "d.xml")]
    result = runner.invoke(app, [*args, "--report", str(tmp_path)])
    assert result.exit_code == 2
    assert f"cannot write {tmp_path}: it is a folder" in result.output


def test_a_folder_given_as_the_list_is_called_a_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["declare", str(tmp_path), "--header", str(HEADER), "-o", str(tmp_path / "d.xml")])
    assert result.exit_code == 2
    assert f"{tmp_path} is a folder, not a file" in result.output


def test_classify_prints_nothing_on_stdout_for_an_unusable_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["classify", str(empty)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "empty.csv is empty" in result.stderr


def test_a_refused_list_counts_its_errors_and_warnings_apart(tmp_path: Path) -> None:
    out, report = tmp_path / "d.xml", tmp_path / "lines.csv"
    result = declare_list(tmp_path, "gaps.csv", "Description,Qty,Net weight kg,Gross weight kg,Origin,Amount USD\n"
                          "Cotton T-shirts,10,5,6,China,100\n"
                          "Leather shoes,2,1,1.5,China,\n"
                          "Hats,2,1,1.5,China,0\n", "-o", str(out), "--report", str(report))  # fmt: skip
    assert result.exit_code == 2
    assert "the product list has 1 problem(s) to fix and 2 warning(s)" in result.output
    listed = [line for line in result.output.splitlines() if line.startswith("  gaps.csv: ")]
    assert [line.startswith("  gaps.csv: warning: ") for line in listed] == [False, True, True]
    assert not out.exists() and not report.exists()  # nothing was classified: there is no report to give


def test_an_output_that_is_an_input_or_the_other_output_is_refused_and_nothing_is_overwritten(tmp_path: Path) -> None:
    """A hostile trial: `-o inv.xlsx` replaced the invoice, `--report h.toml` the header, `--report` = `-o` lost one."""
    listed = invoice(tmp_path)
    before = listed.read_bytes()
    for output, report in ((listed, None), (tmp_path / "d.xml", listed), (tmp_path / "d.xml", HEADER),
                           (tmp_path / "d.xml", tmp_path / "d.xml")):  # fmt: skip
        args = ["declare", str(listed), "--header", str(HEADER), "-o", str(output)]
        result = runner.invoke(app, [*args, *(["--report", str(report)] if report else [])])
        assert result.exit_code == 2, result.output
        assert "the command reads or writes that file already" in result.output
    assert listed.read_bytes() == before and not (tmp_path / "d.xml").exists()


def test_memory_export_into_the_data_folder_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "gumruk.db").write_bytes(b"SQLite format 3\x00")
    result = runner.invoke(app, ["memory", "export", str(data / "gumruk.db"), "--data-dir", str(data)])
    assert result.exit_code == 2
    assert f"Gumruk keeps its own files there, in its data folder {data.resolve()}" in result.output
    assert (data / "gumruk.db").read_bytes() == b"SQLite format 3\x00"
    for inside in (data / "files" / "export.csv", data / "analytics" / "x.csv"):
        refused = runner.invoke(app, ["memory", "export", str(inside), "--data-dir", str(data)])
        assert refused.exit_code == 2 and "Gumruk keeps its own files there" in refused.output
