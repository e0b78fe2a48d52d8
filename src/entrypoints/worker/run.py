"""`gumruk worker`: a Dramatiq worker process on the Redis broker, until SIGINT or SIGTERM."""

import logging
import signal
import threading
from typing import Any

from dramatiq import Worker

from adapters.tasks.dramatiq_queue import QUEUE
from entrypoints.worker.actors import declare_actors
from entrypoints.worker.heartbeat import WorkerHeartbeat

log = logging.getLogger("gumruk.worker")


def start_worker(container: Any, threads: int = 2) -> Worker:
    """Declares the actors on the container's broker and starts consuming; the caller stops the worker."""
    broker = container.broker()
    declare_actors(broker, container.pipeline_steps)
    worker = Worker(broker, queues={QUEUE}, worker_threads=threads, worker_timeout=1_000)
    worker.start()
    return worker


def run_worker(container: Any, threads: int = 2) -> None:
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    worker = start_worker(container, threads)
    heartbeat = WorkerHeartbeat(container.telemetry())  # the admin's worker count
    heartbeat.start()
    log.info("gumruk worker consuming queue %r with %d thread(s)", QUEUE, threads)
    stop.wait()
    log.info("stopping: finishing the steps in hand")
    heartbeat.stop()
    worker.stop(timeout=30_000)
