"""The ``mechgraph`` command: the composition root that ties graph/, loaders/ and queries/.

The group and its error handling are here; the commands are in ``database`` (``db``), ``loading``
(``load``, ``ingest``, ``analytics``), ``curation`` (``review``, ``names``) and ``reading`` (``resolve``,
``queries``, ``query``, ``export``, ``dashboard``), with what they share in ``common``.

Exit codes: 0 success, 1 a problem explained in one line, 2 a usage error.
"""

from __future__ import annotations

import os
import sys
import traceback

import click

from graph.errors import MechGraphError
from mechgraph import curation, database, loading, reading
from mechgraph.common import CONTEXT, DEBUG, Options, UserError
from mechgraph.output import say


class Commands(click.Group):
    """The command group that turns every failure into one plain line (and exit code 1).

    Errors are handled here rather than around ``main``, so that a command invoked in-process
    (``click.testing.CliRunner``) behaves exactly as the installed command does.
    With ``MECHGRAPH_DEBUG=1`` the full traceback (with its causes) goes to standard error too.
    """

    def invoke(self, context: click.Context):
        try:
            return super().invoke(context)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except MechGraphError as error:
            _debug(error)
            raise UserError(str(error)) from error
        except KeyboardInterrupt:
            say("Interrupted.")
            sys.exit(130)
        except Exception as error:  # a bug: still one readable line, with a way to see more
            _debug(error)
            raise UserError(
                f"Unexpected error: {type(error).__name__}: {error}. Set {DEBUG}=1 to see the details."
            ) from error


def _debug(error: BaseException) -> None:
    if os.environ.get(DEBUG):
        say("".join(traceback.format_exception(error)).rstrip())


@click.group(cls=Commands, context_settings=CONTEXT)
@click.option(
    "--uri",
    envvar="NEO4J_URI",
    metavar="URI",
    help="Neo4j to use (bolt://, neo4j://, neo4j+s://). Default: $NEO4J_URI, else the local server.",
)
@click.option(
    "--username",
    envvar="NEO4J_USERNAME",
    metavar="NAME",
    help="User name. Default: $NEO4J_USERNAME, else neo4j. The password is read from "
    "$NEO4J_PASSWORD only, so that it stays out of shell history.",
)
@click.option(
    "--database",
    envvar="NEO4J_DATABASE",
    metavar="NAME",
    help="Database name. Default: $NEO4J_DATABASE, else the server's default.",
)
@click.version_option(package_name="mechgraph")
@click.pass_context
def main(context: click.Context, uri, username, database):
    """MechGraph: how UN and regional human rights mechanisms work together, as a Neo4j graph.

    \b
    Start here:
      mechgraph db start      fetch (once) and start the local Neo4j server
      mechgraph db init       create constraints and indexes
      mechgraph db status     is it running, where, how big

    Every command talks to $NEO4J_URI when it is set, else to the local server.
    """
    context.obj = Options(uri, username, database)


for command in (
    database.db,
    loading.load,
    loading.ingest,
    loading.analytics_command,
    curation.review,
    curation.names,
    reading.resolve,
    reading.queries,
    reading.query,
    reading.export,
    reading.dashboard,
):
    main.add_command(command)


def run() -> None:
    """Entry point of the installed command."""
    main(prog_name="mechgraph")
