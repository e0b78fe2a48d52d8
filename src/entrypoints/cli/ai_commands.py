"""`gumruk ai sync`: build or refresh the OpenAI vector store the agent classifier searches."""

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from adapters.classification.offline.lexicon import load_lexicon
from entrypoints.cli.exits import fail, guarded
from entrypoints.container import Container
from entrypoints.settings import VECTOR_STORE_ID_FILE

ai_app = typer.Typer(help="The OpenAI agent classifier (GUMRUK_CLASSIFIER=openai).")


@ai_app.command("sync")
@guarded
def sync(
    country: Annotated[str, typer.Option("--country", help="Whose national tariff goes into the store")] = "TM",
    data_dir: Annotated[Path | None, typer.Option("--data-dir", help="Gumruk's data folder")] = None,
) -> None:
    """Upload the HS nomenclature, the national tariff and the lexicon; only changed chapters are re-sent."""
    container = Container.for_command_line(data_dir=data_dir)
    settings = container.settings()
    if not settings.openai_api_key:
        fail("OPENAI_API_KEY is not set: the vector store lives in your OpenAI account")
    import openai

    from adapters.classification.agent.vector_store import sync_vector_store

    saved = settings.data_dir / VECTOR_STORE_ID_FILE
    existing = settings.openai_vector_store_id or None
    documents = list(_documents(container, country.upper()))
    store_id = sync_vector_store(openai.OpenAI(api_key=settings.openai_api_key), documents, "gumruk", existing)
    saved.parent.mkdir(parents=True, exist_ok=True)
    saved.write_text(store_id)
    typer.echo(f"vector store {store_id}: {len(documents)} documents in sync (id kept in {saved})")
    typer.echo(f"set GUMRUK_OPENAI_VECTOR_STORE_ID={store_id} where the service and workers run")


def _documents(container: Container, country: str) -> Iterator[tuple[str, str]]:
    """(code, text) for every subheading, national line and lexicon entry, keyed by the code it explains."""
    for subheading in container.nomenclature().subheadings:
        yield subheading.code, f"{subheading.code} {subheading.text} (heading: {subheading.heading_text})"
    tariff = container.tariff_store().current(country)
    for line in tariff.lines if tariff else ():
        yield line.code, f"{line.spaced_code} national line of {country}: {line.text()}"
    for entry in load_lexicon().entries:
        yield entry.code, f"{entry.code} also called: {', '.join(entry.terms)}. {entry.note}".strip()
