"""Where the graph lives: the flags, else the environment, else the managed local server.

``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE`` name any Neo4j
(Docker, Desktop, a cluster, Aura); left unset, MechGraph uses its own local server.

>>> settings_from(uri="bolt://db.example.org:7687", username="me").uri
'bolt://db.example.org:7687'
"""

from __future__ import annotations

import os

from graph.connection import Settings
from graph.errors import MechGraphError
from graph.server import USERNAME, LocalServer

__all__ = ["settings_from"]


def settings_from(
    uri: str | None = None,
    username: str | None = None,
    password: str | None = None,
    database: str | None = None,
    server=None,
) -> Settings:
    """Settings from the arguments, else the environment, else the managed local server."""
    database = database or os.environ.get("NEO4J_DATABASE") or None
    uri = uri or os.environ.get("NEO4J_URI")
    if uri:
        return Settings(
            uri=uri,
            username=username or os.environ.get("NEO4J_USERNAME") or "neo4j",
            password=password if password is not None else os.environ.get("NEO4J_PASSWORD", ""),
            database=database,
        )
    server = server or LocalServer()
    if not server.is_running():
        raise MechGraphError(
            "The local Neo4j server is not running: start it with `mechgraph db start`, "
            "or set NEO4J_URI to use another Neo4j server."
        )
    return Settings(
        uri=server.uri,
        username=USERNAME,
        password=server.password(),
        database=database,
        managed=True,
        alive=server.is_running,
    )
