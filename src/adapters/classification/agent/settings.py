"""What the integrator fills from the environment to run the OpenAI agent classifier."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AgentSettings:
    """Model, knowledge base, throughput and prices; prices are USD per million tokens."""

    api_key: str | None = None
    model: str = "gpt-4.1-mini"
    vector_store_ids: tuple[str, ...] = ()
    batch_size: int = 10
    concurrency: int = 4
    max_retries: int = 4
    backoff_seconds: float = 1.0
    backoff_cap_seconds: float = 30.0
    hint_count: int = 5
    search_results: int = 8
    review_below: float = 0.8
    timeout_seconds: float = 120.0
    tracing: bool = False
    price_input: float = 0.40
    price_cached_input: float = 0.10
    price_output: float = 1.60
    price_per_thousand_searches: float = 2.50

    def __post_init__(self) -> None:
        if self.batch_size < 1 or self.concurrency < 1 or self.max_retries < 0:
            raise ValueError("batch size and concurrency must be at least 1, max retries at least 0")
