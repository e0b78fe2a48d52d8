"""`gumruk declare`: a product list in, a validated declaration and a per-line report out."""

import asyncio
from dataclasses import replace
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from adapters.declaration.errors import HeaderFileError
from application.pipeline.named_columns import named_columns
from application.ports.jobs import JobLine
from application.processing.declared_conflicts import conflict_rows
from application.processing.generate_declaration import GenerationOutcome
from application.processing.submit_product_list import Upload
from domain.declaration.header import DeclarationHeader
from domain.processing.job import ProcessingJob
from entrypoints.cli.columns import ColumnOption
from entrypoints.cli.exits import InputProblem, fail, guarded
from entrypoints.cli.language import LanguageOption, command_language
from entrypoints.cli.local_account import LOCAL_ACCOUNT, MemoryAccount, memory_account
from entrypoints.cli.paths import DATA_DIR_HELP, readable_file, writable_file
from entrypoints.cli.sheets import SheetOption
from entrypoints.cli.summary import print_summary, problem_lines
from entrypoints.container import Container
from entrypoints.messages.cli_texts import said, told
from entrypoints.report_workbook import report_workbook
from entrypoints.settings import load_settings


@guarded
def declare(
    invoice: Annotated[Path, typer.Argument(metavar="INVOICE", help="The product list: .csv, .xlsx or .xls")],
    header: Annotated[Path, typer.Option("--header", help="Declaration header: parties, office, transport, terms")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Where to write the declaration XML")],
    report: Annotated[
        Path | None, typer.Option("--report", help="Per-line report: CSV, or an Excel workbook when it ends in .xlsx")
    ] = None,
    country: Annotated[str, typer.Option("--country", help="ISO code of the declaring country")] = "TM",
    no_grouping: Annotated[bool, typer.Option("--no-grouping", help="One goods item per invoice line")] = False,
    data_dir: Annotated[Path | None, typer.Option("--data-dir", help=DATA_DIR_HELP)] = None,
    column: ColumnOption = None,
    sheet: SheetOption = None,
    account: MemoryAccount = None,
    language: LanguageOption = None,
) -> None:
    """Classify every line, pick its national tariff line, and write the declaration XML only when it validates.

    Lines are classified by the offline engine, or by the OpenAI agent when GUMRUK_CLASSIFIER=openai and
    OPENAI_API_KEY are set (the engine answers any line the agent fails). A repeated description is classified
    once. A product the memory knows (taught with `gumruk memory learn`, or confirmed in review with --account)
    is answered from memory before any engine.

    A column whose header the reader does not know, or guesses wrong, is named with --column FIELD=HEADER. The
    goods of every sheet of a workbook that holds them are read as one list; --sheet NAME reads only those named.
    Problems, warnings and the summary are told in --language (en, ru, tk; by default GUMRUK_LANGUAGE or the
    locale); the report's columns stay English."""
    spoken = command_language(language)
    readable_file(invoice)
    named = named_columns(column or [])
    data_folder = load_settings(data_dir).data_dir
    writable_file(output, besides=(invoice, header), within=data_folder)
    if report:
        writable_file(report, besides=(invoice, header, output), within=data_folder)
    container = Container.for_command_line(grouping=not no_grouping, data_dir=data_dir)
    declared_header = _header(container, header, country.upper(), spoken)
    data = invoice.read_bytes()
    upload = Upload(LOCAL_ACCOUNT, invoice.name, data, country.upper(), declared_header, named, tuple(sheet or ()))
    with container.notifier():
        job, outcome, lines = asyncio.run(_run(container, upload, account))
    storage = container.storage()
    if report and outcome and outcome.report_key:  # also when the declaration fails: it shows each line's part
        written_report = storage.get(outcome.report_key)
        report.write_bytes(report_workbook(written_report) if report.suffix.lower() == ".xlsx" else written_report)
    else:
        report = None
    if outcome is None or not job.declaration_keys:
        _refuse(invoice.name, job, report, spoken)
    written = _write_declarations([storage.get(key) for key in job.declaration_keys], output)
    print_summary(invoice.name, job, outcome, lines, written, report, spoken)


def _header(container: Container, path: Path, country: str, language: str) -> DeclarationHeader:
    """The header file read (an import's destination is `country` unless it says otherwise); its problems named
    under the file, one key a line."""
    try:
        return container.header_loader()(path, country)
    except HeaderFileError as error:
        problems = [
            f"{p.column}: {told(p.reason, language)}" if p.column else told(p.reason, language) for p in error.problems
        ]
        heading = said("header.unusable", language, name=path.name)
        raise InputProblem("\n  ".join([heading, *problems])) from None


def _refuse(name: str, job: ProcessingJob, report: Path | None, language: str) -> NoReturn:
    conflicts = len(conflict_rows(job.problems))
    if conflicts:
        why = said("refused.conflicts", language, n=conflicts)
    else:
        why = told(job.failure_reason, language) if job.failure_reason else str(job.status)
    lines = [said("refused", language, name=name, why=why)]
    problems = problem_lines(job.problems, language)
    lines += [f"  {line}" if line.startswith(name) else f"  {name}: {line}" for line in problems]
    if report:
        lines.append("  " + said("refused.report", language, path=report))
    fail("\n".join(lines))


async def _run(
    container: Container, upload: Upload, account: str | None
) -> tuple[ProcessingJob, GenerationOutcome | None, list[JobLine]]:
    try:
        # every run of the command is a job of its own, whether or not the same file ran before (again=True)
        upload = replace(upload, account_id=await memory_account(container, account), again=True)
        job = (await container.submit_product_list()(upload)).job
        outcome = await container.process_job()(job.id)
        async with container.unit_of_work() as uow:
            final = await uow.jobs.get(job.id)
            lines = await uow.jobs.lines(job.id)
    finally:
        await container.database_engine().dispose()
    assert final is not None
    return final, outcome, lines


def _write_declarations(documents: list[bytes], output: Path) -> list[Path]:
    """One part goes to OUTPUT; more (a list past 999 goods items) go to OUTPUT-1.xml, OUTPUT-2.xml, ..."""
    if len(documents) == 1:
        targets = [output]
    else:
        suffix = output.suffix or ".xml"
        targets = [output.with_name(f"{output.stem}-{n}{suffix}") for n in range(1, len(documents) + 1)]
    for document, target in zip(documents, targets, strict=True):
        target.write_bytes(document)
    return targets
