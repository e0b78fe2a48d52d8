"""Admin analytics over HTTP: `GET /admin/analytics/overview`, `WS /ws/admin/metrics`, and the middleware that
feeds the live figures (active users, error rate) from every request.

Mount with `route_handlers=[*make_analytics_controller()]`, provide `analytics_overview` (AnalyticsOverview) as
a dependency, and put `RequestFigures(telemetry)` in the middleware list before the authentication middleware.
"""

import asyncio
import contextlib
from collections.abc import Sequence
from typing import Annotated, Any

import msgspec
from litestar import Controller, WebSocket, get, websocket
from litestar.di import Dependency
from litestar.enums import ScopeType
from litestar.exceptions import HTTPException
from litestar.middleware import ASGIMiddleware
from litestar.params import Parameter, SkipValidationMarker
from litestar.types import ASGIApp, Guard, Message, Receive, Scope, Send

from application.analytics.overview import MAX_DAYS, AnalyticsOverview, Overview
from application.analytics.telemetry import PipelineTelemetry
from domain.accounts.account import Account
from entrypoints.http.auth import admin_only
from entrypoints.http.unavailable import unavailable_service, warn

PUSH_SECONDS = 3.0
ServedOverview = Annotated[AnalyticsOverview, SkipValidationMarker(), Dependency(kind="named")]  # from the container


def make_analytics_controller(guards: Sequence[Guard] = (admin_only,), push_seconds: float = PUSH_SECONDS) -> list[Any]:
    """The overview controller and the metrics WebSocket, both behind `guards` (administrators only)."""

    class AnalyticsController(Controller):
        path = "/admin/analytics"
        tags = ("admin",)

        @get("/overview", guards=list(guards))
        async def overview(
            self,
            analytics_overview: ServedOverview,
            days: int = Parameter(default=30, ge=1, le=MAX_DAYS, description="days of history, today included"),
            top: int = Parameter(default=10, ge=1, le=100, description="how many chapters and accounts"),
        ) -> Overview:
            """Live figures (Redis) and history (the DuckDB read model) in one answer."""
            return await analytics_overview(days, top)

    @websocket("/ws/admin/metrics", guards=list(guards))
    async def admin_metrics(socket: WebSocket[Account, str, Any], analytics_overview: ServedOverview) -> None:
        """The live figures every `push_seconds`, with the read model's version (fetch the overview when it moves)."""
        await socket.accept()

        async def push() -> None:
            while True:
                update = await analytics_overview.live()
                await socket.send_text(msgspec.json.encode(update).decode())
                await asyncio.sleep(push_seconds)

        pusher = asyncio.create_task(push())
        try:
            while (await socket.receive())["type"] != "websocket.disconnect":
                continue
        finally:
            pusher.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await pusher

    return [AnalyticsController, admin_metrics]


class RequestFigures(ASGIMiddleware):
    """Counts every HTTP request for the error rate (a 5xx is an error) and marks its account as active."""

    scopes = (ScopeType.HTTP,)

    def __init__(self, telemetry: PipelineTelemetry) -> None:
        self._telemetry = telemetry

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        status = 500

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await next_app(scope, receive, sending)
        except HTTPException as refused:  # raised by a middleware further in (401 from authentication)
            status = refused.status_code
            raise
        finally:
            user = scope.get("user")
            account_id = user.id if isinstance(user, Account) else None
            await self._count(scope, account_id, failed=status >= 500)

    async def _count(self, scope: Scope, account_id: str | None, failed: bool) -> None:
        """Counts the request unless the live figures' store does not answer: the request is answered all the same
        (or fails on its own error)."""
        try:
            await self._telemetry.request_served(account_id, failed)
        except Exception as error:
            if not (service := unavailable_service(error)):
                raise
            warn(service, error, f"counting {scope['path']}")
