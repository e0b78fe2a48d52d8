"""The web server's logging, with secrets kept out of it: a WebSocket is signed in with `?token=<session token>`
and uvicorn logs every request's full URL (the access log; a WebSocket's on uvicorn.error)."""

import copy
import logging
import re
from typing import Any

from uvicorn.config import LOGGING_CONFIG

SECRET_QUERY_NAMES = ("token", "access_token", "api_key", "apikey", "key", "password", "secret")
REDACTED = "[redacted]"
_SECRET_QUERY_VALUE = re.compile(rf"(?i)([?&](?:{'|'.join(SECRET_QUERY_NAMES)})=)[^&#\s\"']*")
_JWT = re.compile(r"\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]+")  # a signed token wherever else it shows


def redacted(text: str) -> str:
    return _JWT.sub(REDACTED, _SECRET_QUERY_VALUE.sub(rf"\g<1>{REDACTED}", text))


class RedactSecrets(logging.Filter):
    """Blanks secret query values and signed tokens in a record's message and its string arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redacted(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redacted(arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def server_log_config() -> dict[str, Any]:
    """uvicorn's own logging configuration with RedactSecrets on every handler it writes through."""
    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"redact_secrets": {"()": RedactSecrets}}
    for handler in config["handlers"].values():
        handler["filters"] = ["redact_secrets"]
    return config
