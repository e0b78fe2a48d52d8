"""WS /ws/jobs/{id}: the job's state at once, then every progress event, whichever worker sends it; its message in
the language the connection asks for (see answer_language). Any socket whose backing service stops answering closes
with UNAVAILABLE_CLOSE and the reason (ClosedWhenUnavailable)."""

from dataclasses import replace
from typing import Any

import msgspec
from litestar import WebSocket, websocket
from litestar.channels import ChannelsPlugin
from litestar.enums import ScopeType
from litestar.exceptions import WebSocketException
from litestar.middleware import ASGIMiddleware
from litestar.params import FromPath
from litestar.types import ASGIApp, Receive, Scope, Send

from adapters.progress.job_channel import decode_event, job_channel
from application.errors import NotFound
from application.ports.progress import ProgressEvent
from application.review.job_results import JobResults
from domain.accounts.account import Account
from domain.processing.job import ProcessingJob
from entrypoints.http.injected import Injected
from entrypoints.http.unavailable import told, unavailable_service, warn
from entrypoints.http.web.i18n import answer_language
from entrypoints.http.web.problem_texts import translated

NOT_FOUND_CLOSE = 4404
UNAVAILABLE_CLOSE = 4503


@websocket("/ws/jobs/{job_id:str}")
async def job_events(
    socket: WebSocket[Account, str, Any],
    job_id: FromPath[str],
    job_results: Injected[JobResults],
    channels: Injected[ChannelsPlugin],
) -> None:
    await socket.accept()
    try:
        await job_results.job(socket.user.id, job_id)
    except NotFound as error:
        await socket.send_json({"code": error.code, "message": str(error)})
        await socket.close(code=NOT_FOUND_CLOSE, reason="job not found")
        return
    language = answer_language(socket)

    async def send(event: ProgressEvent) -> None:
        told = replace(event, message=translated(event.message, language) or event.message)
        await socket.send_text(msgspec.json.encode(told).decode())

    async with channels.start_subscription(job_channel(job_id)) as subscriber:
        current = await job_results.job(socket.user.id, job_id)  # read after subscribing: no event falls between
        await send(state_of(current))
        async with subscriber.run_in_background(lambda data: send(decode_event(data))):
            while (await socket.receive())["type"] != "websocket.disconnect":
                continue


def state_of(job: ProcessingJob) -> ProgressEvent:
    message = job.failure_reason or f"{job.lines_done} of {job.lines_total} lines classified"
    return ProgressEvent(job.id, job.status.value, job.progress, job.lines_done, job.lines_total, message,
                         f"/processing/jobs/{job.id}/declaration" if job.has_declaration else None)  # fmt: skip


class ClosedWhenUnavailable(ASGIMiddleware):
    """A WebSocket (or its sign-in) whose backing service does not answer closes with UNAVAILABLE_CLOSE and the
    reason in English (a close reason holds 123 bytes: Russian would not fit), not 4500 "Internal Server Error"."""

    scopes = (ScopeType.WEBSOCKET,)

    async def handle(self, scope: Scope, receive: Receive, send: Send, next_app: ASGIApp) -> None:
        try:
            await next_app(scope, receive, send)
        except Exception as error:
            if not (service := unavailable_service(error)):
                raise
            warn(service, error, f"socket {scope['path']}")
            reason = told("unavailable.message", service, "en")
            raise WebSocketException(detail=reason, code=UNAVAILABLE_CLOSE) from error
