"""`create_app(container)`: the Litestar application over the same use cases as the CLI and the workers."""

from typing import Any

from litestar import Litestar, Router, get
from litestar.channels import ChannelsPlugin
from litestar.channels.backends.base import ChannelsBackend
from litestar.channels.backends.memory import MemoryChannelsBackend
from litestar.channels.backends.redis import RedisChannelsPubSubBackend
from litestar.datastructures import State
from litestar.di import Provide
from litestar.enums import ScopeType
from litestar.middleware import DefineMiddleware
from litestar.openapi import OpenAPIConfig
from litestar.types import Scopes
from redis.asyncio import Redis

from adapters.progress.job_channel import encode_event, job_channel
from adapters.progress.local_hub import LocalProgressHub
from adapters.tasks.in_process import InProcessTaskQueue
from application.ports.progress import ProgressEvent
from entrypoints.http.admin_tariff import import_tariff
from entrypoints.http.analytics_controller import RequestFigures, make_analytics_controller
from entrypoints.http.analytics_tasks import AnalyticsTasks
from entrypoints.http.auth import PUBLIC_PATHS
from entrypoints.http.controllers.accounts import AccountController
from entrypoints.http.controllers.admin import AdminController
from entrypoints.http.controllers.credits import CreditsController
from entrypoints.http.controllers.declaration import DeclarationController
from entrypoints.http.controllers.memory import MemoryController
from entrypoints.http.controllers.processing import ProcessingController
from entrypoints.http.controllers.upload import upload
from entrypoints.http.errors import EXCEPTION_HANDLERS
from entrypoints.http.web.authentication import WEB_PUBLIC_PATHS, SessionAuthentication
from entrypoints.http.web.routes import web_route_handlers
from entrypoints.http.websocket import ClosedWhenUnavailable, job_events
from entrypoints.worker.in_process import InProcessWorker

# Container providers the handlers receive by name.
DEPENDENCIES = (
    "register_account", "sign_in", "sign_out", "issue_api_key", "accounts", "credit_statement", "credit_packages",
    "purchase_credits", "approve_purchase", "grant_credits", "ledger", "purchases", "accept_upload", "job_results",
    "review_line", "regenerate_declaration", "change_job_header", "analytics_overview", "import_national_tariff",
    "activity", "clock", "nomenclature", "tariff_nomenclature", "waiting_for_credits", "account_memory",
    "change_password", "revoke_api_key", "declaration_as_built",
)  # fmt: skip
MULTIPART_ALLOWANCE = 64 * 1024  # the form's boundaries and header fields around the file
EMBEDDED_RUNNERS = (
    2  # steps the embedded worker runs at once: one job's reading never waits behind another's classifying
)


@get("/health", exclude_from_auth=True, tags=["service"])
async def health() -> dict[str, str]:
    return {"status": "ok"}


def create_app(container: Any) -> Litestar:
    settings = container.settings()
    channels = ChannelsPlugin(backend=_channels_backend(container), arbitrary_channels_allowed=True)
    notifier = container.notifier()
    if isinstance(notifier, LocalProgressHub):
        notifier.listen(lambda event: _forward(channels, event))
    worker = _in_process_worker(container)
    analytics = AnalyticsTasks.of(container, in_process_worker=worker is not None)
    dependencies = {name: _provide(getattr(container, name)) for name in DEPENDENCIES}
    dependencies["max_upload_bytes"] = Provide(lambda: settings.max_upload_bytes, sync_to_thread=False)
    uploads = Router("/processing", route_handlers=[upload],
                     request_max_body_size=settings.max_upload_bytes + MULTIPART_ALLOWANCE)  # fmt: skip
    scopes: Scopes = {ScopeType.HTTP, ScopeType.WEBSOCKET}
    return Litestar(
        route_handlers=[
            health,
            AccountController,
            CreditsController,
            AdminController,
            ProcessingController,
            DeclarationController,
            MemoryController,
            uploads,
            job_events,
            *make_analytics_controller(),
            import_tariff,
            *web_route_handlers(settings.secret_key),
        ],
        dependencies=dependencies,
        middleware=[
            ClosedWhenUnavailable(),
            RequestFigures(container.telemetry()),
            DefineMiddleware(
                SessionAuthentication,
                authenticate=container.authenticate(),
                exclude=PUBLIC_PATHS + WEB_PUBLIC_PATHS,
                scopes=scopes,
                csrf_secret=settings.secret_key,
            ),
        ],
        plugins=[channels],
        exception_handlers=EXCEPTION_HANDLERS,
        openapi_config=OpenAPIConfig(
            title="Gumruk",
            version="0.1.0",
            path="/schema",
            description="Supplier product lists in, validated customs declarations out.",
        ),
        on_startup=[*([worker.start] if worker else []), analytics.start],
        on_shutdown=[analytics.stop, *([worker.stop] if worker else [])],
        request_max_body_size=1024 * 1024,
        state=State({"worker": worker}),
    )


def _provide(provider: Any) -> Provide:
    """Litestar reads a dependency's signature: hand it a plain function calling the container's provider."""
    return Provide(lambda: provider(), sync_to_thread=False)  # noqa: PLW0108 - a provider has no signature


def _channels_backend(container: Any) -> ChannelsBackend:
    """Memory when the worker runs in this process; Redis pub/sub when `gumruk worker` processes publish."""
    if isinstance(container.notifier(), LocalProgressHub):
        return MemoryChannelsBackend()
    return RedisChannelsPubSubBackend(redis=Redis.from_url(container.settings().redis_url))


def _forward(channels: ChannelsPlugin, event: ProgressEvent) -> None:
    try:
        channels.publish(encode_event(event), job_channel(event.job_id))
    except RuntimeError:  # the server is stopping: nobody is listening any more
        return


def _in_process_worker(container: Any) -> InProcessWorker | None:
    queue = container.task_queue()
    if not isinstance(queue, InProcessTaskQueue):
        return None
    steps, listing = container.pipeline_steps(), container.job_listing()
    return InProcessWorker(queue, steps, listing, EMBEDDED_RUNNERS, readiness=container.offline_classifier())
