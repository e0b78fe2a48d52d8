"""Every setting Gumruk reads, from environment variables, in one place (see the README's table)."""

import os
from pathlib import Path

import msgspec


class Settings(msgspec.Struct, frozen=True, kw_only=True):
    data_dir: Path  # jobs, databases, files
    cache_dir: Path  # the classifier index, rebuilt when missing: per user, not per data folder
    database_url: str
    redis_url: str = ""  # empty: embedded mode (in-process worker, in-memory pub/sub and cache)
    s3_bucket: str = ""  # empty: files on local disk under data_dir
    s3_endpoint_url: str = ""
    s3_region: str = "us-east-1"
    classifier: str = "offline"  # offline | openai
    openai_api_key: str = ""
    openai_model: str = "gpt-4.1-mini"
    openai_vector_store_id: str = ""
    secret_key: str = "change-me-in-production"
    trial_credits: int = 100
    chunk_lines: int = 500
    max_upload_bytes: int = 20 * 1024 * 1024
    max_rows: int = 1_000_000
    max_cell_chars: int = 2_000
    review_threshold: float = 0.0  # 0: the engine's calibrated threshold
    datadog: str = "off"  # off | statsd | http
    datadog_host: str = "127.0.0.1"
    datadog_port: int = 8125
    datadog_api_key: str = ""
    datadog_api_host: str = "https://api.datadoghq.com"
    public_url: str = "http://127.0.0.1:8000"
    sign_in_account_failures: int = 5  # failed sign-ins of one account from one address before it waits (ADR 0038)
    sign_in_account_failures_anywhere: int = 50  # ... and of one account from all addresses together
    sign_in_address_failures: int = 30  # ... and from one client address
    sign_in_failure_window: int = 15 * 60  # seconds

    @property
    def embedded(self) -> bool:
        return not self.redis_url


VECTOR_STORE_ID_FILE = "openai-vector-store-id"  # written by `gumruk ai sync`


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


def _user_cache_dir() -> Path:
    """$XDG_CACHE_HOME/gumruk, else ~/.cache/gumruk: one classifier index per user, whatever folder gumruk runs in."""
    xdg = Path(_env("XDG_CACHE_HOME", ""))
    return (xdg if xdg.is_absolute() else Path.home() / ".cache") / "gumruk"


def _saved(path: Path) -> str:
    return path.read_text(encoding="utf-8").strip() if path.is_file() else ""


def load_settings(data_dir: Path | None = None) -> Settings:
    """GUMRUK_* variables (and OPENAI_API_KEY, DD_*); `data_dir` from --data-dir wins over GUMRUK_DATA_DIR."""
    root = (data_dir or Path(_env("GUMRUK_DATA_DIR", ".gumruk"))).expanduser().resolve()
    return Settings(
        data_dir=root,
        cache_dir=Path(_env("GUMRUK_CACHE_DIR", str(_user_cache_dir()))).expanduser().resolve(),
        database_url=_env("GUMRUK_DATABASE_URL", f"sqlite+aiosqlite:///{root / 'gumruk.db'}"),
        redis_url=_env("GUMRUK_REDIS_URL", ""),
        s3_bucket=_env("GUMRUK_S3_BUCKET", ""),
        s3_endpoint_url=_env("GUMRUK_S3_ENDPOINT_URL", ""),
        s3_region=_env("GUMRUK_S3_REGION", "us-east-1"),
        classifier=_env("GUMRUK_CLASSIFIER", "offline"),
        openai_api_key=_env("OPENAI_API_KEY", ""),
        openai_model=_env("GUMRUK_OPENAI_MODEL", "gpt-4.1-mini"),
        openai_vector_store_id=_env("GUMRUK_OPENAI_VECTOR_STORE_ID", _saved(root / VECTOR_STORE_ID_FILE)),
        secret_key=_env("GUMRUK_SECRET_KEY", "change-me-in-production"),
        trial_credits=int(_env("GUMRUK_TRIAL_CREDITS", "100")),
        chunk_lines=int(_env("GUMRUK_CHUNK_LINES", "500")),
        max_upload_bytes=int(_env("GUMRUK_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024))),
        max_rows=int(_env("GUMRUK_MAX_ROWS", "1000000")),
        max_cell_chars=int(_env("GUMRUK_MAX_CELL_CHARS", "2000")),
        review_threshold=float(_env("GUMRUK_REVIEW_THRESHOLD", "0")),
        datadog=_env("GUMRUK_DATADOG", "off"),
        datadog_host=_env("DD_AGENT_HOST", "127.0.0.1"),
        datadog_port=int(_env("DD_DOGSTATSD_PORT", "8125")),
        datadog_api_key=_env("DD_API_KEY", ""),
        datadog_api_host=_env("DD_API_HOST", "https://api.datadoghq.com"),
        public_url=_env("GUMRUK_PUBLIC_URL", "http://127.0.0.1:8000"),
        sign_in_account_failures=int(_env("GUMRUK_SIGN_IN_ACCOUNT_FAILURES", "5")),
        sign_in_account_failures_anywhere=int(_env("GUMRUK_SIGN_IN_ACCOUNT_FAILURES_ANYWHERE", "50")),
        sign_in_address_failures=int(_env("GUMRUK_SIGN_IN_ADDRESS_FAILURES", "30")),
        sign_in_failure_window=int(_env("GUMRUK_SIGN_IN_FAILURE_WINDOW", "900")),
    )
