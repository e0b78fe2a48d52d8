from adapters.tasks.in_process import InProcessTaskQueue, Step, Task


async def test_steps_come_out_in_the_order_they_were_queued() -> None:
    queue = InProcessTaskQueue()
    await queue.enqueue_parse("j1")
    await queue.enqueue_classify("j1", 3)
    await queue.enqueue_generate("j1")
    drained = [queue.pending.get_nowait() for _ in range(queue.pending.qsize())]
    assert drained == [Task(Step.PARSE, "j1"), Task(Step.CLASSIFY, "j1", 3), Task(Step.GENERATE, "j1")]


async def test_a_retried_step_counts_its_attempts() -> None:
    queue = InProcessTaskQueue()
    queue.retry(Task(Step.CLASSIFY, "j1", 2, attempt=1))
    assert queue.pending.get_nowait() == Task(Step.CLASSIFY, "j1", 2, attempt=2)


async def test_a_step_put_back_keeps_its_attempts() -> None:
    queue = InProcessTaskQueue()
    queue.put_back(Task(Step.CLASSIFY, "j1", 2, attempt=2))
    assert queue.pending.get_nowait() == Task(Step.CLASSIFY, "j1", 2, attempt=2)
