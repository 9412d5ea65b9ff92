"""What every ``mechgraph`` command shares: the connection flags, the one-line error, the seed folder."""

from __future__ import annotations

from pathlib import Path

import click

from graph.connection import connect
from graph.settings import settings_from
from mechgraph.output import say
from registry.names import SEEDS

__all__ = ["CONTEXT", "DEBUG", "Options", "UserError", "pass_options", "seeds_of", "seeds_option"]

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
DEBUG = "MECHGRAPH_DEBUG"


class Options:
    """The connection flags every command shares."""

    def __init__(self, uri: str | None, username: str | None, database: str | None):
        self.uri, self.username, self.database = uri, username, database

    def settings(self):
        return settings_from(uri=self.uri, username=self.username, database=self.database)

    def connect(self):
        return connect(self.settings(), progress=say)


class UserError(click.ClickException):
    """A problem explained in one line; exit code 1."""

    exit_code = 1

    def show(self, file=None) -> None:
        say(f"Error: {self.message}")


pass_options = click.make_pass_decorator(Options)


def seeds_option(help: str):
    """The ``--seeds FOLDER`` option of the commands that resolve names with a seed folder's registry."""
    return click.option(
        "--seeds",
        "seed_folder",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help=f"{help} Default: seeds/.",
    )


def seeds_of(given: Path | None) -> Path:
    """The seed folder a command works on: the one given, else the project's seeds/."""
    return given or SEEDS
