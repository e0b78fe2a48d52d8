"""Typer 0.29's rich help prints a value type after every option, `<bool>` even after a flag such as
`--no-grouping` or `--help`, which takes no value. Importing this module makes flags read as flags."""

from typing import Any

from typer.core import TyperOption

_value_type = TyperOption.display_type_rich


def _flags_show_no_type(option: TyperOption, ctx: Any) -> str | None:
    return None if option.is_flag else _value_type(option, ctx)


setattr(TyperOption, "display_type_rich", _flags_show_no_type)  # noqa: B010 (mypy refuses assigning a method)
