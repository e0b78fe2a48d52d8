from tests.service_fixtures import redis_url

__all__ = ["redis_url"]
