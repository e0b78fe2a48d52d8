from adapters.metrics.datadog_http import DatadogHttpMetrics
from adapters.metrics.dogstatsd import DogStatsdMetrics
from adapters.metrics.no_op import NoMetrics
from application.ports.metrics import Metrics

MODES = ("off", "statsd", "http")


def build_metrics(
    mode: str, host: str = "127.0.0.1", port: int = 8125, api_key: str = "", api_host: str = "https://api.datadoghq.com"
) -> Metrics:
    """GUMRUK_DATADOG: `off` (default), `statsd` (an agent at host:port) or `http` (the API, with DD_API_KEY).

    The HTTP adapter comes back started (its flushing thread runs); call its `close()` on shutdown.
    """
    if mode == "off":
        return NoMetrics()
    if mode == "statsd":
        return DogStatsdMetrics(host, port)
    if mode == "http":
        metrics = DatadogHttpMetrics(api_key, api_host)
        metrics.start()
        return metrics
    raise ValueError(f"GUMRUK_DATADOG is '{mode}'; it must be one of: {', '.join(MODES)}")
