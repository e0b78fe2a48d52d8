from tests.services import backend, clock, postgres_server, postgres_url, sqlite_url  # noqa: F401
