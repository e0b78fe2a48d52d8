"""How a handler asks for a use case or port from the container."""

from typing import Annotated, TypeAlias, TypeVar

from litestar.di import Dependency
from litestar.params import SkipValidationMarker

T = TypeVar("T")

# Named after the container's provider; not validated (ports are Protocols, which cannot be checked at runtime).
Injected: TypeAlias = Annotated[T, SkipValidationMarker(), Dependency(kind="named")]
