"""Helpers of the tests: running the installed command as a user would.

The fixtures (the Neo4j server, a clean graph for each test) are in the root ``conftest.py``,
which the docstring examples share.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from graph.server import LocalServer

ROOT = Path(__file__).resolve().parent.parent
MECHGRAPH = str(Path(sys.executable).parent / "mechgraph")


def run_cli(*arguments: str, env: dict | None = None, input: str | None = None) -> subprocess.CompletedProcess:
    """Run the installed ``mechgraph`` command as a user would, and capture what it says."""
    return subprocess.run(
        [MECHGRAPH, *arguments], capture_output=True, text=True, env=env, input=input, timeout=600,
        cwd=ROOT,
    )


def cli_env(server: LocalServer, **extra: str) -> dict:
    """The environment of a user whose local server is ``server`` (and no NEO4J_URI)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("NEO4J_")}
    env.update(MECHGRAPH_HOME=str(server.home), MECHGRAPH_CACHE=str(server.cache), **extra)
    return env
