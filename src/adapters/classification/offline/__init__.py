"""The offline HS classification engine; importing it is cheap, the index loads on first use."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adapters.classification.offline.engine import OfflineClassifier

__all__ = ["OfflineClassifier"]


def __getattr__(name: str) -> Any:
    if name == "OfflineClassifier":
        from adapters.classification.offline.engine import OfflineClassifier

        return OfflineClassifier
    raise AttributeError(name)
