import asyncio
import threading

import pytest

from adapters.classification.agent.private_loop import PrivateLoop


async def thread_name() -> str:
    await asyncio.sleep(0)
    return threading.current_thread().name


def test_coroutines_run_on_the_private_thread_and_it_restarts_after_close() -> None:
    loop = PrivateLoop("agent-test")

    first = loop.run(thread_name())
    loop.close()
    second = loop.run(thread_name())
    loop.close()

    assert first == second == "agent-test"


def test_running_from_the_private_loop_itself_is_refused_instead_of_deadlocking() -> None:
    loop = PrivateLoop()

    async def nested() -> str:
        return loop.run(thread_name())

    with pytest.raises(RuntimeError, match="called from its own loop"):
        loop.run(nested())
    loop.close()
