"""`gumruk serve` and `gumruk worker`: the web service and its workers."""

import logging
import threading
from pathlib import Path
from typing import Annotated, Any

import typer
from dependency_injector import providers

from adapters.persistence.migrations import upgrade_database
from entrypoints.container import Container
from entrypoints.service_wiring import ServiceMisconfigured, check_api_settings
from entrypoints.worker.broker import redis_broker

log = logging.getLogger(__name__)
DataDir = Annotated[Path | None, typer.Option("--data-dir", help="Where the embedded database and files live")]


def service_container(data_dir: Path | None) -> Any:
    """The service's container, its database migrated to the latest schema."""
    container = Container.for_service(data_dir)
    upgrade_database(container.settings().database_url)
    return container


def _log_to_stderr() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def _warm_up(container: Any) -> None:
    """Loads (or, the first time, builds, saying so) the classifier index before any job waits for it."""
    _ready(container.offline_classifier(), container.settings().cache_dir)


def _ready(classifier: Any, cache_dir: Path) -> None:
    startup = classifier.warm_up()
    typer.echo(f"classifier ready in {startup.seconds:.0f} s (index in {cache_dir})", err=True)


def _warm_up_in_background(container: Any) -> None:
    """As `_warm_up`, while the server already answers; the classifier is resolved here, not in the thread (the
    container's singletons are not thread-safe), and a failed build is logged: each job then tries again."""
    classifier, cache_dir = container.offline_classifier(), container.settings().cache_dir

    def load() -> None:
        try:
            _ready(classifier, cache_dir)
        except Exception:
            log.exception("the classifier index could not be loaded; each job will try again")

    threading.Thread(target=load, name="classifier-warm-up", daemon=True).start()


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on")] = 8000,
    data_dir: DataDir = None,
) -> None:
    """Run the web API. Embedded (no GUMRUK_REDIS_URL): SQLite, files and a worker in this process."""
    import uvicorn

    from entrypoints.http.app import create_app
    from entrypoints.http.server_logging import server_log_config

    _log_to_stderr()
    container = service_container(data_dir)
    settings = container.settings()
    try:
        if not settings.embedded:
            check_api_settings(settings)
    except ServiceMisconfigured as error:
        raise typer.BadParameter(str(error)) from None
    if settings.embedded:  # the pages and uploads answer at once; the in-process worker's first job waits for it
        _warm_up_in_background(container)
    mode = "embedded" if settings.embedded else "full stack"
    typer.echo(f"gumruk {mode} on http://{host}:{port} (OpenAPI: /schema/openapi.json)", err=True)
    uvicorn.run(create_app(container), host=host, port=port, log_level="info", log_config=server_log_config())


def worker(
    threads: Annotated[int, typer.Option(help="Steps run at once in this process")] = 2,
    heartbeat_timeout: Annotated[
        int, typer.Option(help="Seconds without a heartbeat after which a worker counts as dead")
    ] = 60,
    data_dir: DataDir = None,
) -> None:
    """Run a background worker on the Redis broker (full stack); start as many as you like, on any machine."""
    from entrypoints.worker.run import run_worker

    _log_to_stderr()
    container = service_container(data_dir)
    settings = container.settings()
    if settings.embedded:
        raise typer.BadParameter("a separate worker needs GUMRUK_REDIS_URL (embedded, `gumruk serve` has its own)")
    container.broker.override(providers.Singleton(redis_broker, settings.redis_url, heartbeat_timeout * 1000))
    _warm_up(container)
    run_worker(container, threads)
