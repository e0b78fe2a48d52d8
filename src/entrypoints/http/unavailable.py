"""A service Gumruk depends on that does not answer (Redis, PostgreSQL, S3) is no bug of ours: the request answers
503 with Retry-After and a message naming the service, and the log holds a warning with the exception's type, not
a traceback. Which exceptions mean that is decided here, by their type; any other stays a logged 500."""

import logging
from traceback import walk_tb

from botocore.exceptions import ConnectTimeoutError, EndpointConnectionError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy.exc import InterfaceError, OperationalError

from entrypoints.http.web.i18n import catalog

RETRY_AFTER = {"Retry-After": "60"}  # seconds: the messages say "try again in a minute"
# Redis (sessions, sign-in throttling, live figures), PostgreSQL, S3: each named as `unavailable.<service>` in
# the pages' catalogs.
SERVICES = ("session_store", "database", "file_store")

log = logging.getLogger("gumruk.http")


def unavailable_service(error: BaseException) -> str | None:
    """The service (one of SERVICES) that `error` says cannot be reached, else None."""
    if isinstance(error, RedisConnectionError | RedisTimeoutError):
        return "session_store"
    if isinstance(error, EndpointConnectionError | ConnectTimeoutError):
        return "file_store"
    if isinstance(error, OperationalError | InterfaceError) and error.connection_invalidated:
        return "database"
    if isinstance(error, ConnectionError | TimeoutError) and _raised_in_asyncpg(error):
        return "database"  # asyncpg failing to connect: SQLAlchemy lets it through unwrapped
    return None


def told(key: str, service: str, language: str) -> str:
    """The pages' message `key` in `language`, the service named in its {service}."""
    messages = catalog(language)
    return messages[key].format(service=messages[f"unavailable.{service}"])


def warn(service: str, error: BaseException, where: str) -> None:
    """One line, no traceback: the exception's type and its message's first line (SQLAlchemy's next ones hold the
    statement and its parameters)."""
    first_line = str(error).partition("\n")[0]
    log.warning("%s not answering on %s: %s: %s", service, where, type(error).__name__, first_line)


def _raised_in_asyncpg(error: BaseException) -> bool:
    """A bare ConnectionRefusedError or TimeoutError could come from anywhere; this one came from the driver."""
    return any(frame.f_globals.get("__name__", "").startswith("asyncpg.") for frame, _ in walk_tb(error.__traceback__))
