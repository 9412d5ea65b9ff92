"""Helpers of the tests: running the command in-process, or installed as a user would.

The fixtures (the Neo4j server, a clean graph for each test) are in the root ``conftest.py``,
which the docstring examples share.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

from click.testing import CliRunner
from streamlit import config as streamlit_config

from graph.server import LocalServer
from mechgraph.cli import main

# Streamlit's app tests run in this process as `mechgraph dashboard` serves by default, on
# 127.0.0.1, where no sign-in is asked; the sign-in tests change it for themselves.
streamlit_config.set_option("server.address", "127.0.0.1")

ROOT = Path(__file__).resolve().parent.parent
MECHGRAPH = str(Path(sys.executable).parent / "mechgraph")


class Ran(NamedTuple):
    """What a command did: its exit code and what it printed (as ``subprocess.CompletedProcess``)."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*arguments: str, env: dict | None = None, input: str | None = None, cwd: Path = ROOT) -> Ran:
    """Run ``mechgraph`` in this process, through click's CliRunner: the command's own behaviour,
    without starting Python again. ``env``, when given, is the whole environment of the run."""
    changes = None
    if env is not None:
        changes = {key: None for key in os.environ if key not in env} | dict(env)
    previous = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner(env=changes).invoke(main, list(arguments), input=input, prog_name="mechgraph")
    finally:
        os.chdir(previous)
    return Ran(result.exit_code, result.stdout, result.stderr)


def run_installed(*arguments: str, env: dict | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``mechgraph`` command as a user would, in a process of its own."""
    return subprocess.run(
        [MECHGRAPH, *arguments],
        capture_output=True,
        text=True,
        env=env,
        input=input,
        timeout=600,
        cwd=ROOT,
    )


def cli_env(server: LocalServer, **extra: str) -> dict:
    """The environment of a user whose local server is ``server`` (and no NEO4J_URI)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEO4J_")}
    env.update(MECHGRAPH_HOME=str(server.home), MECHGRAPH_CACHE=str(server.cache), **extra)
    return env
