"""docker-compose.yml describes the full stack, and the compose tool on this machine accepts it."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

COMPOSE_FILE = Path(__file__).resolve().parent.parent / "docker-compose.yml"


def _compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    plugin = docker and subprocess.run([docker, "compose", "version"], check=False, capture_output=True)
    if plugin and plugin.returncode == 0:
        return ["docker", "compose"]
    return ["docker-compose"] if shutil.which("docker-compose") else None


def test_the_stack_has_every_service_a_deployment_needs() -> None:
    services = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))["services"]
    assert {"postgres", "redis", "s3", "api", "worker"} <= set(services)
    assert "gumruk worker" in " ".join(map(str, services["worker"].get("command", [])))


def test_compose_config_accepts_the_file() -> None:
    command = _compose_command()
    if command is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is installed here")
    result = subprocess.run(
        [*command, "-f", str(COMPOSE_FILE), "config", "--quiet"], check=False, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
