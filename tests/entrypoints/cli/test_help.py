"""What `--help` says: what each command really does, and flags shown as flags, without a value type."""

import pytest
from typer.testing import CliRunner

from entrypoints.cli.main import app

runner = CliRunner()


def help_of(*command: str) -> str:
    """The help as one line of words: the panels' borders and line breaks left out."""
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    return " ".join(result.output.replace("│", " ").split())


@pytest.mark.parametrize("command", [(), ("declare",), ("classify",), ("admin", "create"), ("tariff", "import")])
def test_flags_show_no_value_type(command: tuple[str, ...]) -> None:
    assert "<bool>" not in help_of(*command)


def test_declare_names_the_engine_and_the_agent_and_says_memory_comes_first() -> None:
    text = help_of("declare")
    assert "Classify every line offline" not in text
    assert "the OpenAI agent when GUMRUK_CLASSIFIER=openai and OPENAI_API_KEY are set" in text
    assert "A product the memory knows (taught with `gumruk memory learn`" in text
    assert "--account" in text
    assert "--no-grouping One goods item per invoice line" in text
    assert "--data-dir" in text


def test_admin_create_says_the_password_is_asked_for_twice_and_is_not_required_on_the_line() -> None:
    text = help_of("admin", "create")
    assert "asked for twice, hidden, when not given" in text
    assert "* --password" not in text and "* --email" in text
