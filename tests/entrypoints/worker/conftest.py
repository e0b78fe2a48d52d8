from tests.service_fixtures import fresh_postgres_url, moto_endpoint, redis_url

__all__ = ["fresh_postgres_url", "moto_endpoint", "redis_url"]
