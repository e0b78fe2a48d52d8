"""The Dramatiq actors: thin wrappers over the same pipeline steps the embedded worker runs."""

from collections.abc import Callable
from typing import Any

import dramatiq

from adapters.tasks.dramatiq_queue import CLASSIFY_ACTOR, FAIL_ACTOR, GENERATE_ACTOR, PARSE_ACTOR, QUEUE
from application.pipeline.steps import PipelineSteps

MAX_RETRIES = 3
MIN_BACKOFF_MS = 2_000
TIME_LIMIT_MS = 30 * 60_000


def declare_actors(
    broker: dramatiq.Broker,
    steps: Callable[[], PipelineSteps],
    max_retries: int = MAX_RETRIES,
    min_backoff_ms: int = MIN_BACKOFF_MS,
) -> list[dramatiq.Actor[Any, Any]]:
    """Registers the actors on `broker`; a step that keeps failing ends its job FAILED (credits released)."""
    options: dict[str, Any] = {
        "broker": broker, "queue_name": QUEUE, "max_retries": max_retries, "min_backoff": min_backoff_ms,
        "time_limit": TIME_LIMIT_MS, "on_retry_exhausted": FAIL_ACTOR,
    }  # fmt: skip

    async def parse_product_list(job_id: str) -> None:
        await steps().prepare(job_id)

    async def classify_chunk(job_id: str, chunk: int) -> None:
        await steps().classify(job_id, chunk)

    async def generate_declaration(job_id: str) -> None:
        await steps().generate(job_id)

    async def fail_job(message: dict[str, Any], retry_info: dict[str, Any]) -> None:
        job_id = message["args"][0]
        last_line = (message.get("options", {}).get("traceback") or "").strip().splitlines()[-1:] or ["unknown"]
        await steps().fail(job_id, f"{message['actor_name']} failed {retry_info.get('retries', 0) + 1} times: "
                                   f"{last_line[0]}")  # fmt: skip

    return [
        dramatiq.actor(actor_name=PARSE_ACTOR, **options)(parse_product_list),
        dramatiq.actor(actor_name=CLASSIFY_ACTOR, **options)(classify_chunk),
        dramatiq.actor(actor_name=GENERATE_ACTOR, **options)(generate_declaration),
        dramatiq.actor(actor_name=FAIL_ACTOR, broker=broker, queue_name=QUEUE, max_retries=max_retries)(fail_job),
    ]
