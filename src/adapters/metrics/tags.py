"""Tags in Datadog's `key:value` form, sorted so that one set of tags is always written the same way."""

from application.ports.metrics import Tags


def datadog_tags(tags: Tags | None) -> list[str]:
    return [f"{key}:{value}" for key, value in sorted((tags or {}).items())]
