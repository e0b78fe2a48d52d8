from tests.service_fixtures import moto_endpoint

__all__ = ["moto_endpoint"]
