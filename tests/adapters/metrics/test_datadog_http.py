"""The Datadog HTTP API adapter against a real HTTP server on loopback: path, header and JSON body as sent."""

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from adapters.metrics.datadog_http import DatadogHttpMetrics

NOW = 1_795_000_000.0


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class FakeDatadog:
    url: str
    posts: list[Received] = field(default_factory=list)
    arrived: threading.Event = field(default_factory=threading.Event)
    status: int = 202


@pytest.fixture
def datadog() -> Iterator[FakeDatadog]:
    fake = FakeDatadog("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            fake.posts.append(Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(fake.status)
            self.end_headers()
            self.wfile.write(b'{"status": "ok"}')
            fake.arrived.set()

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()


def client(datadog: FakeDatadog, **options: Any) -> DatadogHttpMetrics:
    return DatadogHttpMetrics("secret-key", datadog.url, interval=10, now=lambda: NOW, **options)


def test_one_flush_posts_every_series_of_the_interval_in_one_request(datadog: FakeDatadog) -> None:
    metrics = client(datadog, host="worker-1")
    metrics.increment("gumruk.lines.classified", 40, {"source": "engine"})
    metrics.increment("gumruk.lines.classified", 2, {"source": "engine"})
    metrics.increment("gumruk.lines.classified", 7, {"source": "memory"})
    metrics.gauge("gumruk.queue.depth", 5)
    metrics.gauge("gumruk.queue.depth", 3)
    for milliseconds in (100, 200, 300, 400):
        metrics.timing("gumruk.job.duration", milliseconds)
    metrics.flush()

    assert len(datadog.posts) == 1
    post = datadog.posts[0]
    assert post.path == "/api/v1/series"
    assert post.headers["dd-api-key"] == "secret-key"
    assert post.headers["content-type"] == "application/json"
    stamp = int(NOW)
    count = {"type": "count", "interval": 10, "host": "worker-1"}
    gauge = {"type": "gauge", "host": "worker-1"}
    assert post.body == {
        "series": [
            {"metric": "gumruk.lines.classified", "points": [[stamp, 42]], "tags": ["source:engine"], **count},
            {"metric": "gumruk.lines.classified", "points": [[stamp, 7]], "tags": ["source:memory"], **count},
            {"metric": "gumruk.queue.depth", "points": [[stamp, 3]], "tags": [], **gauge},
            {"metric": "gumruk.job.duration.avg", "points": [[stamp, 250.0]], "tags": [], **gauge},
            {"metric": "gumruk.job.duration.max", "points": [[stamp, 400]], "tags": [], **gauge},
            {"metric": "gumruk.job.duration.median", "points": [[stamp, 200]], "tags": [], **gauge},
            {"metric": "gumruk.job.duration.95percentile", "points": [[stamp, 400]], "tags": [], **gauge},
            {"metric": "gumruk.job.duration.count", "points": [[stamp, 4]], "tags": [], **count},
        ]
    }


def test_a_flush_with_nothing_recorded_posts_nothing(datadog: FakeDatadog) -> None:
    metrics = client(datadog)
    metrics.flush()
    metrics.increment("gumruk.jobs.created")
    metrics.flush()
    metrics.flush()

    assert len(datadog.posts) == 1
    assert datadog.posts[0].body["series"][0]["metric"] == "gumruk.jobs.created"


def test_the_background_thread_sends_a_full_batch_without_waiting_for_the_interval(datadog: FakeDatadog) -> None:
    metrics = DatadogHttpMetrics("secret-key", datadog.url, interval=60, max_series=3, constant_tags={"env": "test"})
    metrics.start()
    for account in ("a", "b", "c"):
        metrics.increment("gumruk.jobs.created", tags={"account": account})

    assert datadog.arrived.wait(5)
    metrics.close()
    tags = [series["tags"] for series in datadog.posts[0].body["series"]]
    assert tags == [["env:test", "account:a"], ["env:test", "account:b"], ["env:test", "account:c"]]


def test_a_refused_post_is_dropped_without_an_exception(datadog: FakeDatadog) -> None:
    datadog.status = 403
    metrics = client(datadog)
    metrics.increment("gumruk.jobs.failed")
    metrics.flush()

    assert len(datadog.posts) == 1


def test_no_api_key_is_a_clear_configuration_error() -> None:
    with pytest.raises(ValueError, match="DD_API_KEY"):
        DatadogHttpMetrics("", "http://127.0.0.1:9")
