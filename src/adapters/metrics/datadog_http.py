import json
import logging
import threading
import time
import urllib.request
from collections.abc import Callable

from adapters.metrics.series import Key, SeriesWindow
from adapters.metrics.tags import datadog_tags
from application.ports.metrics import Tags

log = logging.getLogger(__name__)
SERIES_PATH = "/api/v1/series"


class DatadogHttpMetrics:
    """Custom metrics posted to Datadog's `/api/v1/series` where no agent runs: aggregated in memory and sent in
    one batch every `interval` seconds (or sooner, once `max_series` series are waiting) by a background thread.

    A failed post is logged and dropped: monitoring must never stop a declaration.
    """

    def __init__(
        self,
        api_key: str,
        api_host: str = "https://api.datadoghq.com",
        interval: float = 10.0,
        max_series: int = 500,
        host: str | None = None,
        constant_tags: Tags | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        if not api_key:
            raise ValueError("the Datadog HTTP API needs an API key: set DD_API_KEY, or GUMRUK_DATADOG=off")
        self._url, self._api_key = api_host.rstrip("/") + SERIES_PATH, api_key
        self._interval, self._max_series, self._host, self._now = interval, max_series, host, now
        self._constant = datadog_tags(constant_tags)
        self._window, self._lock = SeriesWindow(), threading.Lock()
        self._wake, self._stop = threading.Event(), threading.Event()
        self._thread: threading.Thread | None = None

    def increment(self, name: str, value: int = 1, tags: Tags | None = None) -> None:
        self._add(SeriesWindow.count, name, value, tags)

    def gauge(self, name: str, value: float, tags: Tags | None = None) -> None:
        self._add(SeriesWindow.gauge, name, value, tags)

    def histogram(self, name: str, value: float, tags: Tags | None = None) -> None:
        self._add(SeriesWindow.sample, name, value, tags)

    def timing(self, name: str, milliseconds: float, tags: Tags | None = None) -> None:
        self._add(SeriesWindow.sample, name, milliseconds, tags)

    def flush(self) -> None:
        with self._lock:
            window, self._window = self._window, SeriesWindow()
        if not len(window):
            return
        series = window.series(int(self._now()), max(1, round(self._interval)), self._host)
        self._post({"series": series})

    def start(self) -> None:
        """Flush in the background every `interval` seconds until `close()`."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="datadog-http-metrics", daemon=True)
            self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=self._interval + 5)
            self._thread = None
        self.flush()

    def _add(
        self, record: Callable[[SeriesWindow, Key, float], None], name: str, value: float, tags: Tags | None
    ) -> None:
        key = (name, tuple(self._constant + datadog_tags(tags)))
        with self._lock:
            record(self._window, key, value)
            full = len(self._window) >= self._max_series
        if full:
            self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(self._interval)
            self._wake.clear()
            if not self._stop.is_set():
                self.flush()

    def _post(self, body: dict[str, object]) -> None:
        request = urllib.request.Request(
            self._url, data=json.dumps(body).encode(), method="POST",
            headers={"Content-Type": "application/json", "DD-API-KEY": self._api_key},
        )  # fmt: skip
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                response.read()
        except OSError as error:  # URLError and HTTPError are OSErrors
            log.warning("Datadog did not take the series posted to %s: %s", self._url, error)
