"""How MechGraph reaches Neo4j: one place builds the driver, one class runs queries.

:func:`graph.settings.settings_from` says where the graph lives (flags, else ``NEO4J_URI``,
``NEO4J_USERNAME``, ``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``, else the managed local
server); this module reaches it. Any URI the
official driver takes works: ``bolt://`` for one server, ``neo4j://`` for routing, and
``neo4j+s://`` for Aura and clusters behind TLS.

Every query runs in a managed transaction (``execute_read`` / ``execute_write``), so the
driver retries it when a cluster changes leader or a connection drops, and every value is a
query parameter.

>>> with connect(graph.settings) as other:
...     other.read("MATCH (m:Mechanism {id: $id}) RETURN m.name AS name", {"id": "achpr"})
[{'name': 'African Commission on Human and Peoples’ Rights'}]

(``settings_from``, in :mod:`graph.settings`, finds where the graph lives.)
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit, urlunsplit

import neo4j
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

from graph.errors import MechGraphError
from graph.progress import Progress, quiet

T = TypeVar("T")

# The driver logs each retry as a warning; users get one explained error instead.
logging.getLogger("neo4j").addHandler(logging.NullHandler())
URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
#: How long a transaction that failed for a passing reason is tried again, in seconds.
RETRY_SECONDS = float(os.environ.get("MECHGRAPH_RETRY_SECONDS", 30))


@dataclass(frozen=True)
class Settings:
    """Where the graph lives. The password never shows in ``repr`` or messages.

    A user name and password written into the URI (``bolt://me:secret@host``) are taken out of
    it, so that the URI can be shown anywhere:

    >>> Settings("bolt://me:secret@db.example.org:7687", "neo4j", "")
    Settings(uri='bolt://db.example.org:7687', username='me', database=None, managed=False)
    """

    uri: str
    username: str
    password: str = field(repr=False)
    database: str | None = None
    managed: bool = False
    #: For the managed server: whether its process still runs (a dead one is not waited for).
    alive: Callable[[], bool] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = urlsplit(self.uri)
        if parts.username is None and parts.password is None:
            return
        host = parts.netloc.rpartition("@")[2]
        object.__setattr__(self, "uri", urlunsplit(parts._replace(netloc=host)))
        object.__setattr__(self, "username", unquote(parts.username or "") or self.username)
        if parts.password is not None:
            object.__setattr__(self, "password", unquote(parts.password))


def _explain(error: Exception, settings: Settings) -> MechGraphError:
    """Turn a driver error into one sentence that names the URI, never the password."""
    where = f"Neo4j at {settings.uri}"
    if isinstance(error, AuthError):
        return MechGraphError(
            f"{where} refused the user name or password (user {settings.username!r}); "
            "check NEO4J_USERNAME and NEO4J_PASSWORD."
        )
    if isinstance(error, (ServiceUnavailable, SessionExpired, OSError)):
        return MechGraphError(f"Cannot reach {where}: check that the server is running and that NEO4J_URI is right.")
    if isinstance(error, Neo4jError) and error.code and "DatabaseNotFound" in error.code:
        return MechGraphError(f"{where} has no database {settings.database!r}; check NEO4J_DATABASE.")
    if isinstance(error, Neo4jError):
        return MechGraphError(f"{where} refused the query: {error.message}")
    return MechGraphError(f"{where}: {error}")


class Graph:
    """One Neo4j database, reached through the official driver.

    ``read`` and ``write`` run one query each and return its rows as plain dicts;
    ``read_transaction`` and ``write_transaction`` run a function of the transaction, for
    work that must succeed or fail as a whole.

    A transaction that fails for a passing reason (a dropped connection, a leader change) is
    tried again for up to ``retry_seconds``, and ``progress`` says so once; when the managed
    server's process has gone, nothing is retried and the error says to start it.
    """

    def __init__(
        self, driver: neo4j.Driver, settings: Settings, progress: Progress = quiet, retry_seconds: float = RETRY_SECONDS
    ):
        self.driver = driver
        self.settings = settings
        self.progress = progress
        self.retry_seconds = retry_seconds

    def __repr__(self) -> str:
        return f"Graph(uri={self.settings.uri!r}, database={self.settings.database!r})"

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        self.driver.close()

    def _session(self, access_mode: str) -> neo4j.Session:
        return self.driver.session(database=self.settings.database, default_access_mode=access_mode)

    def read_transaction(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        return self._execute(neo4j.READ_ACCESS, work)

    def write_transaction(self, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        return self._execute(neo4j.WRITE_ACCESS, work)

    def _execute(self, access_mode: str, work: Callable[[neo4j.ManagedTransaction], T]) -> T:
        deadline, delay = None, 0.5
        while True:
            try:
                with self._session(access_mode) as session:
                    execute = session.execute_read if access_mode == neo4j.READ_ACCESS else session.execute_write
                    return execute(work)
            except (DriverError, Neo4jError, OSError) as error:
                retryable = isinstance(error, (DriverError, Neo4jError)) and error.is_retryable()
                if retryable and self.settings.alive is not None and not self.settings.alive():
                    raise MechGraphError(
                        "The local Neo4j server has stopped: start it again with "
                        "`mechgraph db start`, then run the command again."
                    ) from error
                deadline = deadline or time.monotonic() + self.retry_seconds
                if not retryable or time.monotonic() + delay > deadline:
                    # The cause stays attached: MECHGRAPH_DEBUG=1 shows the driver's own error.
                    raise _explain(error, self.settings) from error
                if delay == 0.5:
                    self.progress(
                        f"Neo4j at {self.settings.uri} did not answer; trying again for up to "
                        f"{self.retry_seconds:.0f} s…"
                    )
                time.sleep(delay)
                delay = min(delay * 2, 4.0)

    def read(self, query: str, parameters: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.read_transaction(lambda tx: rows(tx, query, parameters))

    def write(self, query: str, parameters: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.write_transaction(lambda tx: rows(tx, query, parameters))


def rows(tx: neo4j.ManagedTransaction, query: str, parameters: Mapping[str, Any] | None = None) -> list[dict]:
    """Run one query inside a transaction and return its records as dicts."""
    return [record.data() for record in tx.run(query, dict(parameters or {}))]


def driver_for(settings: Settings, **options) -> neo4j.Driver:
    scheme = settings.uri.split("://", 1)[0] if "://" in settings.uri else ""
    if scheme not in URI_SCHEMES:
        raise MechGraphError(
            f"{settings.uri!r} is not a Neo4j URI: use bolt://host:7687, neo4j://host or neo4j+s://host."
        )
    try:
        return neo4j.GraphDatabase.driver(
            settings.uri,
            auth=(settings.username, settings.password),
            user_agent="mechgraph",
            # Server hints (such as "label does not exist" on an empty graph) are not for users.
            notifications_min_severity="OFF",
            **options,
        )
    except (DriverError, ValueError) as error:
        raise MechGraphError(f"{settings.uri!r} is not a usable Neo4j URI: {error}") from error


def connect(settings: Settings, progress: Progress = quiet) -> Graph:
    """Open the graph and check that it answers; errors come as :class:`MechGraphError`.
    ``progress`` hears when a transaction is being tried again."""
    driver = driver_for(settings, max_transaction_retry_time=0)  # Graph retries, and says so
    try:
        # One attempt, not the retried transaction: a wrong URI should fail at once.
        driver.verify_connectivity()
        with driver.session(database=settings.database) as session:
            session.run("RETURN 1").consume()
    except (DriverError, Neo4jError, OSError) as error:
        driver.close()
        raise _explain(error, settings) from error
    return Graph(driver, settings, progress)


def probe(settings: Settings) -> bool:
    """True when the server answers a query now (no retries: for polling a starting server)."""
    try:
        with (
            driver_for(settings, connection_timeout=2, max_connection_lifetime=5) as driver,
            driver.session(database=settings.database) as session,
        ):
            session.run("RETURN 1").consume()
        return True
    except (DriverError, Neo4jError, OSError):
        return False
