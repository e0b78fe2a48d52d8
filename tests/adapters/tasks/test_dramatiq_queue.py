from dramatiq import Message
from dramatiq.brokers.stub import StubBroker

from adapters.tasks.dramatiq_queue import CLASSIFY_ACTOR, GENERATE_ACTOR, PARSE_ACTOR, QUEUE, DramatiqTaskQueue


async def test_each_step_becomes_a_message_for_its_actor_on_the_gumruk_queue() -> None:
    broker = StubBroker()
    tasks = DramatiqTaskQueue(broker)
    await tasks.enqueue_parse("j1")
    await tasks.enqueue_classify("j1", 4)
    await tasks.enqueue_generate("j1")
    messages = [Message.decode(broker.queues[QUEUE].get_nowait()) for _ in range(3)]
    assert [(m.actor_name, tuple(m.args)) for m in messages] == [
        (PARSE_ACTOR, ("j1",)),
        (CLASSIFY_ACTOR, ("j1", 4)),
        (GENERATE_ACTOR, ("j1",)),
    ]
