import asyncio

from dramatiq import Broker, Message

QUEUE = "gumruk"
PARSE_ACTOR = "parse_product_list"
CLASSIFY_ACTOR = "classify_chunk"
GENERATE_ACTOR = "generate_declaration"
FAIL_ACTOR = "fail_job"


class DramatiqTaskQueue:
    """The TaskQueue on a Dramatiq broker (Redis in the full stack): any `gumruk worker` picks the step up.

    Messages are built by actor name, so the API process need not import the actors.
    """

    def __init__(self, broker: Broker) -> None:
        self._broker = broker
        broker.declare_queue(QUEUE)

    async def enqueue_parse(self, job_id: str) -> None:
        await self._send(PARSE_ACTOR, job_id)

    async def enqueue_classify(self, job_id: str, chunk: int) -> None:
        await self._send(CLASSIFY_ACTOR, job_id, chunk)

    async def enqueue_generate(self, job_id: str) -> None:
        await self._send(GENERATE_ACTOR, job_id)

    async def _send(self, actor: str, *args: object) -> None:
        message: Message[object] = Message(queue_name=QUEUE, actor_name=actor, args=args, kwargs={}, options={})
        await asyncio.to_thread(self._broker.enqueue, message)
