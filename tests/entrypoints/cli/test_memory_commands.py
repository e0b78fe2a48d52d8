"""`gumruk memory list|forget|export` on the embedded service's database."""

import asyncio
import csv
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from application.ports.memory import Confirmation
from entrypoints.cli.main import app
from entrypoints.cli.service_commands import service_container

SERVICE_VARIABLES = ("GUMRUK_REDIS_URL", "GUMRUK_S3_BUCKET", "GUMRUK_DATABASE_URL")
runner = CliRunner()


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """An embedded data folder where ayna@broker.tm confirmed tea and a laptop, merdan@broker.tm a monitor."""
    for name in SERVICE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    container = service_container(tmp_path)

    async def confirm() -> None:
        try:
            for email, confirmed in [("ayna@broker.tm", [("Чай зелёный 100 г", "090210"), ("=Laptop", "847130")]),
                                     ("merdan@broker.tm", [("Monitor", "852852")])]:  # fmt: skip
                account = await container.register_account()(email, "correct horse")
                for description, code in confirmed:
                    await container.memory().remember(Confirmation(account.id, description, code, None, email))
        finally:
            await container.database_engine().dispose()

    asyncio.run(confirm())
    return str(tmp_path)


def gumruk(*arguments: str) -> tuple[int, str]:
    result = runner.invoke(app, list(arguments))
    return result.exit_code, result.output


def test_list_shows_id_code_account_and_description_filtered_by_account_and_search(data_dir: str) -> None:
    code, output = gumruk("memory", "list", "--data-dir", data_dir)
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0].split()[0] == "1" and lines[0].split()[1] == "090210"
    assert lines[0].endswith("  ayna@broker.tm  Чай зелёный 100 г")
    assert lines[-1] == "gumruk: 3 remembered classification(s)"
    _, mine = gumruk("memory", "list", "--account", "ayna@broker.tm", "--search", "чай", "--data-dir", data_dir)
    assert [line.split("  ")[-1] for line in mine.splitlines()[:-1]] == ["Чай зелёный 100 г"]


def test_list_gives_the_list_alone_on_stdout_and_its_count_on_stderr(data_dir: str) -> None:
    """`gumruk memory list | wc -l` counts the products; on a terminal the count still shows after them."""
    result = runner.invoke(app, ["memory", "list", "--data-dir", data_dir])
    assert len(result.stdout.splitlines()) == 3 and result.stdout.endswith("  merdan@broker.tm  Monitor\n")
    assert result.stderr == "gumruk: 3 remembered classification(s)\n"
    assert result.output.endswith("  merdan@broker.tm  Monitor\ngumruk: 3 remembered classification(s)\n")


def test_a_pipe_reads_the_list_alone_from_a_real_process(data_dir: str) -> None:
    listed = subprocess.run(
        [sys.executable, "-m", "entrypoints.cli", "memory", "list", "--data-dir", data_dir],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    assert [line.split("  ")[-1] for line in listed.stdout.splitlines()] == ["Чай зелёный 100 г", "=Laptop", "Monitor"]
    assert listed.stderr == "gumruk: 3 remembered classification(s)\n"


def test_forget_by_id_or_by_description_and_unknown_ones_exit_2(data_dir: str) -> None:
    code, output = gumruk("memory", "forget", "3", "--data-dir", data_dir)
    assert (code, output) == (0, "forgot 3 (merdan@broker.tm): 'Monitor' as 852852\n")
    code, output = gumruk("memory", "forget", "--account", "ayna@broker.tm", "--description", "чай зеленый",
                          "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and output.startswith("forgot 1 (ayna@broker.tm): 'Чай зелёный 100 г'")
    _, left = gumruk("memory", "list", "--data-dir", data_dir)
    assert left.splitlines()[-1] == "gumruk: 1 remembered classification(s)"
    assert gumruk("memory", "forget", "3", "--data-dir", data_dir) == (
        2, "gumruk: no remembered classification 3\n")  # fmt: skip
    code, output = gumruk("memory", "forget", "--description", "Monitor", "--data-dir", data_dir)
    assert code == 2 and "--description needs --account EMAIL" in output
    code, output = gumruk("memory", "list", "--account", "nobody@broker.tm", "--data-dir", data_dir)
    assert (code, output) == (2, "gumruk: no account nobody@broker.tm\n")


def test_export_writes_a_spreadsheet_safe_csv(data_dir: str, tmp_path: Path) -> None:
    target = tmp_path / "out" / "memory.csv"
    code, output = gumruk("memory", "export", str(target), "--account", "ayna@broker.tm", "--data-dir", data_dir)
    assert code == 0 and output == f"2 remembered classification(s) written to {target}\n"
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["id"], r["account"], r["description"], r["hs6"]) for r in rows] == [
        ("1", "ayna@broker.tm", "Чай зелёный 100 г", "090210"),
        ("2", "ayna@broker.tm", "'=Laptop", "847130"),
    ]
    assert rows[0]["confirmed_by"] == "ayna@broker.tm" and rows[0]["confirmed_at"].startswith("20")


def test_learn_teaches_the_command_lines_own_memory_or_an_accounts_from_a_csv(data_dir: str, tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.csv"  # as Excel saves it on a Russian Windows
    catalogue.write_bytes("Description;Code\nКраска для стен белая 14 кг;3209.10\n\n;\nMonitor 27;852852\n"
                          .encode("cp1251"))  # fmt: skip
    code, output = gumruk("memory", "learn", str(catalogue), "--data-dir", data_dir)
    assert (code, output.splitlines()[0]) == (0, "2 classification(s) learnt from catalogue.csv; `declare` answers "
                                                 "these products from memory")  # fmt: skip
    code, output = gumruk("memory", "learn", str(catalogue), "--account", "merdan@broker.tm", "--data-dir", data_dir)
    assert code == 0
    _, listed = gumruk("memory", "list", "--search", "краска", "--data-dir", data_dir)
    assert [line.split("  ")[-2:] for line in listed.splitlines()[:-1]] == [
        ["local", "Краска для стен белая 14 кг"], ["merdan@broker.tm", "Краска для стен белая 14 кг"]
    ]  # fmt: skip


def test_learn_refuses_a_list_with_a_wrong_row_whole_naming_each(data_dir: str, tmp_path: Path) -> None:
    report = tmp_path / "report.csv"
    report.write_text("row,description,commodity_code,hs6\n1,Tea,,090210\n2,Laptop,99999999,\n3,,,847130\n",
                      encoding="utf-8-sig")  # fmt: skip
    code, output = gumruk("memory", "learn", str(report), "--data-dir", data_dir)
    assert code == 2 and output.splitlines() == [
        "gumruk: report.csv: nothing was learnt: 2 row(s) to correct",
        "  line 3, code: 999999 is not an HS subheading",
        "  line 4, description: the description is empty",
    ]
    _, listed = gumruk("memory", "list", "--search", "tea", "--data-dir", data_dir)
    assert listed.splitlines()[-1] == "gumruk: 0 remembered classification(s)"
    (tmp_path / "plain.csv").write_text("name,price\nTea,3\n", encoding="utf-8")
    code, output = gumruk("memory", "learn", str(tmp_path / "plain.csv"), "--data-dir", data_dir)
    assert code == 2 and "must name a 'description' column and a code column" in output


def test_the_command_lines_own_memory_is_listed_and_forgotten_as_account_local(data_dir: str, tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.csv"
    catalogue.write_text("description,code\nSteel pipe 57x3.5,730419\n", encoding="utf-8")
    assert gumruk("memory", "learn", str(catalogue), "--data-dir", data_dir)[0] == 0
    code, listed = gumruk("memory", "list", "--account", "local", "--data-dir", data_dir)
    assert code == 0 and listed.splitlines()[0].endswith("  local  Steel pipe 57x3.5")
    code, output = gumruk("memory", "forget", "--account", "local", "--description", "steel pipe 57x3.5",
                          "--data-dir", data_dir)  # fmt: skip
    assert code == 0 and output.startswith("forgot 4 (local): 'Steel pipe 57x3.5' as 730419")


def test_an_unknown_account_for_the_memory_is_refused_in_one_line(tmp_path: Path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text("Description;Qty;Amount USD\nTea;1;5\n", encoding="utf-8")
    code, output = gumruk("classify", str(listing), "--account", "nobody@x.tm", "--data-dir", str(tmp_path / "d"))
    assert (code, output) == (2, "gumruk: no account nobody@x.tm: sign up in the web service, or leave out --account\n")


def test_a_report_teaches_the_codes_a_broker_changed_or_confirmed_not_those_left_for_review(
    data_dir: str, tmp_path: Path
) -> None:
    report = tmp_path / "lines.csv"
    report.write_text(
        "row,description,commodity_code,hs6,confidence,needs_review,source\n"
        "7,Гречка ядрица,110419000,110419,0.43,yes,engine\n"  # left for review: not taught
        "8,Чай чёрный,090240000,090240,0.95,no,engine\n"  # confirmed as the engine put it: its HS-6 only
        "9,Рис пропаренный,100630980,100640,0.40,yes,engine\n",  # corrected by the broker: as typed
        encoding="utf-8-sig",
    )
    code, output = gumruk("memory", "learn", str(report), "--data-dir", data_dir)
    assert code == 0, output
    assert output.splitlines() == [
        "2 classification(s) learnt from lines.csv; `declare` answers these products from memory",
        "not learnt, still marked for review (row 7): correct the code, or write 'no' in needs_review to "
        "confirm it, and learn the file again",
    ]
    _, listed = gumruk("memory", "list", "--account", "local", "--data-dir", data_dir)
    assert [line.split()[1] for line in listed.splitlines()[:-1]] == ["090240", "100630980"]
