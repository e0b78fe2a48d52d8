"""The adapters the container chooses from the settings, and the values it derives from them."""

from pathlib import Path
from typing import TypeVar

from redis.asyncio import Redis as AsyncRedis

from adapters.classification.offline.engine import AUTO_ACCEPT, OfflineClassifier
from adapters.live_figures.in_memory import InMemoryLiveFigures
from adapters.live_figures.redis_figures import RedisLiveFigures
from adapters.metrics.factory import build_metrics
from adapters.persistence.migrations import upgrade_database
from adapters.reading.limits import ReadingLimits
from adapters.sessions.in_memory_failures import InMemorySignInFailures
from adapters.sessions.in_memory_revoked import InMemoryRevokedSessions
from adapters.sessions.redis_failures import RedisSignInFailures
from adapters.sessions.redis_revoked import RedisRevokedSessions
from application.accounts.sign_in_throttle import SignInLimits
from application.ports.classifier import Classifier, Nomenclature
from application.ports.clock import Clock
from application.ports.live_figures import LiveFigures
from application.ports.metrics import Metrics
from application.ports.revoked_sessions import RevokedSessions
from application.ports.sign_in_failures import SignInFailures
from entrypoints.settings import Settings

T = TypeVar("T")


def reading_limits(settings: Settings) -> ReadingLimits:
    return ReadingLimits(max_rows=settings.max_rows, max_cell_chars=settings.max_cell_chars)


def auto_accept(settings: Settings) -> float:
    """GUMRUK_REVIEW_THRESHOLD when set, else the engine's calibrated auto-accept confidence."""
    return settings.review_threshold or AUTO_ACCEPT


def classifier(settings: Settings, offline: OfflineClassifier, nomenclature: Nomenclature) -> Classifier:
    """The offline engine; the OpenAI agent in front of it when GUMRUK_CLASSIFIER=openai and a key is set."""
    if settings.classifier != "openai" or not settings.openai_api_key:
        return offline
    from adapters.classification.agent.factory import build_agent_classifier
    from adapters.classification.agent.settings import AgentSettings

    vector_stores = tuple(s for s in settings.openai_vector_store_id.split(",") if s)
    agent = AgentSettings(api_key=settings.openai_api_key, model=settings.openai_model, vector_store_ids=vector_stores)
    return build_agent_classifier(offline, nomenclature, agent)


def metrics(settings: Settings) -> Metrics:
    """Datadog, off unless GUMRUK_DATADOG says `statsd` or `http`."""
    s = settings
    return build_metrics(s.datadog, s.datadog_host, s.datadog_port, s.datadog_api_key, s.datadog_api_host)


def async_redis(settings: Settings) -> AsyncRedis | None:
    """The one Redis client (and connection pool) of the process's live figures and sessions; None when embedded."""
    return AsyncRedis.from_url(settings.redis_url) if settings.redis_url else None


def live_figures(redis: AsyncRedis | None, clock: Clock) -> LiveFigures:
    """Shared by every process through Redis in the full stack; this process's own when embedded."""
    return RedisLiveFigures(redis, clock) if redis else InMemoryLiveFigures(clock)


def sign_in_failures(redis: AsyncRedis | None, clock: Clock) -> SignInFailures:
    """Shared by every API process through Redis in the full stack; this process's own when embedded."""
    return RedisSignInFailures(redis, clock) if redis else InMemorySignInFailures(clock)


def revoked_sessions(redis: AsyncRedis | None, clock: Clock) -> RevokedSessions:
    """Seen by every API process through Redis in the full stack; this process's own when embedded."""
    return RedisRevokedSessions(redis, clock) if redis else InMemoryRevokedSessions(clock)


def sign_in_limits(settings: Settings) -> SignInLimits:
    return SignInLimits(
        per_account=settings.sign_in_account_failures,
        per_account_anywhere=settings.sign_in_account_failures_anywhere,
        per_address=settings.sign_in_address_failures,
        window=settings.sign_in_failure_window,
    )


def analytics_root(settings: Settings) -> Path:
    return settings.data_dir / "analytics"


def migrated_first(settings: Settings, port: T) -> T:
    """`port`, once the database it lives in is at the latest schema (created in the data folder if need be)."""
    Path(settings.data_dir).mkdir(parents=True, exist_ok=True)
    upgrade_database(settings.database_url)
    return port
