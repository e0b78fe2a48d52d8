"""How `gumruk serve` and `gumruk worker` choose their adapters: embedded (SQLite, a folder, in-process
worker and pub/sub) or the full stack (PostgreSQL, S3, Redis, Dramatiq workers), from the settings alone."""

import secrets
from pathlib import Path
from typing import Any

import msgspec
from dependency_injector import providers

from adapters.storage.local_disk import LocalDiskFileStorage
from adapters.storage.s3 import S3FileStorage
from application.ports.storage import FileStorage
from entrypoints.settings import Settings

DEFAULT_SECRET = next(f.default for f in msgspec.structs.fields(Settings) if f.name == "secret_key")


class ServiceMisconfigured(Exception):
    """The settings cannot run the service; the message says which variable to set."""


def service_storage(settings: Settings) -> FileStorage:
    if settings.s3_bucket:
        storage = S3FileStorage(settings.s3_bucket, settings.s3_endpoint_url or None, settings.s3_region)
        storage.ensure_bucket()
        return storage
    return LocalDiskFileStorage(settings.data_dir / "files")


def with_session_secret(settings: Settings) -> Settings:
    """Embedded, the default secret is replaced by a random one kept in the data folder (tokens survive a
    restart); the full stack must set GUMRUK_SECRET_KEY, shared by every API process."""
    if settings.secret_key != DEFAULT_SECRET or not settings.embedded:
        return settings
    path = settings.data_dir / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48), encoding="utf-8")
        path.chmod(0o600)
    return msgspec.structs.replace(settings, secret_key=path.read_text(encoding="utf-8").strip())


def check_api_settings(settings: Settings) -> None:
    if settings.secret_key == DEFAULT_SECRET:
        raise ServiceMisconfigured("set GUMRUK_SECRET_KEY (the same on every API process) before serving")


def wire_service(container: Any, settings: Settings) -> Any:
    """Overrides the command line's in-memory parts with the service's."""
    settings = with_session_secret(settings)
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    container.settings.override(providers.Object(settings))
    for generic, real in (
        ("unit_of_work", "sql_unit_of_work"), ("accounts", "sql_accounts"), ("ledger", "sql_ledger"),
        ("purchases", "sql_purchases"), ("activity", "sql_activity"), ("memory", "sql_memory"),
        ("job_listing", "sql_job_listing"), ("credits", "ledger_credits"), ("storage", "file_storage"),
        ("notifier", "local_hub" if settings.embedded else "redis_notifier"),
    ):  # fmt: skip
        getattr(container, generic).override(getattr(container, real))
    if not settings.embedded:
        container.task_queue.override(container.dramatiq_queue)
    return container
