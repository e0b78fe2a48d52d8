import pytest

from adapters.metrics.datadog_http import DatadogHttpMetrics
from adapters.metrics.dogstatsd import DogStatsdMetrics
from adapters.metrics.factory import build_metrics
from adapters.metrics.no_op import NoMetrics


def test_metrics_are_off_unless_switched_on() -> None:
    assert isinstance(build_metrics("off"), NoMetrics)


def test_statsd_and_http_modes_pick_their_adapters() -> None:
    assert isinstance(build_metrics("statsd", "127.0.0.1", 8125), DogStatsdMetrics)
    http = build_metrics("http", api_key="key", api_host="http://127.0.0.1:9")
    assert isinstance(http, DatadogHttpMetrics)
    http.close()


def test_an_unknown_mode_names_the_setting_and_the_choices() -> None:
    with pytest.raises(ValueError, match="GUMRUK_DATADOG is 'udp'; it must be one of: off, statsd, http"):
        build_metrics("udp")
