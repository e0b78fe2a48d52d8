"""Session tokens and keys in URLs never reach the web server's log."""

import io
import logging

from uvicorn.logging import AccessFormatter, DefaultFormatter

from entrypoints.http.server_logging import RedactSecrets, redacted, server_log_config

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl"


def _logged(formatter: logging.Formatter, message: str, *args: object) -> str:
    """`message` as a handler configured like the server's writes it."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(formatter)
    handler.addFilter(RedactSecrets())
    handler.handle(logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, message, args, None))
    return out.getvalue()


def test_the_access_log_blanks_a_websocket_token_and_keeps_the_rest() -> None:
    formatter = AccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s', use_colors=False)
    line = _logged(formatter, '%s - "%s %s HTTP/%s" %d', "10.0.0.9:5312", "GET",
                   f"/ws/jobs/j1?token={TOKEN}&lang=ru", "1.1", 101)  # fmt: skip
    assert line == '10.0.0.9:5312 - "GET /ws/jobs/j1?token=[redacted]&lang=ru HTTP/1.1" 101 Switching Protocols\n'


def test_a_websocket_line_on_the_error_log_is_blanked_too() -> None:
    line = _logged(DefaultFormatter("%(message)s", use_colors=False), '%s - "WebSocket %s" [accepted]',
                   ("10.0.0.9", 5312), f"/ws/jobs/j1?token={TOKEN}")  # fmt: skip
    assert TOKEN not in line and "?token=[redacted]" in line


def test_key_like_query_values_and_stray_tokens_are_blanked() -> None:
    assert redacted("/x?api_key=gk_abc&n=1&Access_Token=t0k") == "/x?api_key=[redacted]&n=1&Access_Token=[redacted]"
    assert redacted(f"bearer {TOKEN} seen") == "bearer [redacted] seen"
    assert redacted("/jobs?monkey=1&tokens=2") == "/jobs?monkey=1&tokens=2"


def test_every_handler_of_the_server_config_redacts() -> None:
    config = server_log_config()
    assert {name: handler["filters"] for name, handler in config["handlers"].items()} == {
        "default": ["redact_secrets"], "access": ["redact_secrets"],
    }  # fmt: skip
    assert isinstance(config["filters"]["redact_secrets"]["()"](), RedactSecrets)
