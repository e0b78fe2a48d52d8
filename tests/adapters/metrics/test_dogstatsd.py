"""The DogStatsD adapter against a real UDP socket on loopback: the exact datagrams an agent would read."""

import socket
from collections.abc import Iterator

import pytest

from adapters.metrics.dogstatsd import DogStatsdMetrics


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    udp.settimeout(2)
    yield udp
    udp.close()


@pytest.fixture
def metrics(listener: socket.socket) -> Iterator[DogStatsdMetrics]:
    client = DogStatsdMetrics("127.0.0.1", listener.getsockname()[1], origin_detection=False)
    yield client
    client.close()


def received(listener: socket.socket, count: int) -> list[str]:
    return [listener.recv(4096).decode() for _ in range(count)]


def test_each_kind_of_metric_is_one_datagram_in_the_dogstatsd_format(
    metrics: DogStatsdMetrics, listener: socket.socket
) -> None:
    metrics.increment("gumruk.jobs.created")
    metrics.increment("gumruk.lines.classified", 42, {"source": "memory"})
    metrics.gauge("gumruk.queue.depth", 3)
    metrics.timing("gumruk.job.duration", 1250.5)
    metrics.histogram("gumruk.credits.consumed", 17)

    assert received(listener, 5) == [
        "gumruk.jobs.created:1|c\n",
        "gumruk.lines.classified:42|c|#source:memory\n",
        "gumruk.queue.depth:3|g\n",
        "gumruk.job.duration:1250.5|ms\n",
        "gumruk.credits.consumed:17|h\n",
    ]


def test_tags_are_written_sorted_then_the_constant_tags(listener: socket.socket) -> None:
    port = listener.getsockname()[1]
    client = DogStatsdMetrics("127.0.0.1", port, constant_tags={"service": "gumruk"}, origin_detection=False)
    client.increment("gumruk.jobs.failed", tags={"status": "parse", "country": "TM"})
    client.close()

    assert received(listener, 1) == ["gumruk.jobs.failed:1|c|#country:TM,status:parse,service:gumruk\n"]


def test_nobody_listening_is_no_error() -> None:
    spare = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    spare.bind(("127.0.0.1", 0))
    port = spare.getsockname()[1]
    spare.close()
    client = DogStatsdMetrics("127.0.0.1", port, origin_detection=False)

    client.increment("gumruk.jobs.created")
    client.flush()
    client.close()
