"""The commands that read the graph: ``resolve``, ``queries``, ``query``, ``export`` and the ``dashboard``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click

from graph import export as export_module
from graph.errors import MechGraphError
from mechgraph.common import CONTEXT, Options, pass_options, seeds_of, seeds_option
from mechgraph.output import output_options, page_note, print_rows, say
from queries.catalogue import Catalogue
from registry.names import Resolver


@click.command(context_settings=CONTEXT)
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="One JSON object per line: input, id, name, matched, lang, reason, readings.",
)
@seeds_option("Seed folder whose mechanisms.yaml and organizations.yaml hold the names.")
def resolve(names, as_json, seed_folder):
    """The canonical id of a body for any name, acronym or spelling (no server needed).

    Case, accents, apostrophes, hyphens, line breaks and spaces do not matter; English,
    French, Chinese and Spanish names all work, and so do names as people write them:
    "Human Rights Council (HRC)", "OHCHR’s", "OHCHR staff", "the UN Committee against Torture".
    Give several NAMES, or - to read one per line from standard input. Prints one line per
    name, in order: the id, the registered spelling it matched, its language (- for an
    acronym) and the reason (exact, or the steps that led to it), separated by tabs. An
    unknown name gives an empty line (its nearest candidates go to standard error); a name
    that reads as two bodies ("ACHPR (IACHR)") gives both readings and no id. Exits 1 if any
    name is unknown or refused.

    \b
    Examples:
      mechgraph resolve "Inter-American Court of Human Rights"     # iacthr
      mechgraph resolve ACHPR 人权理事会 "Cour africaine des droits de l'homme et des peuples"
      cut -d, -f3 owners.csv | mechgraph resolve - --json
    """
    if names == ("-",):
        names = tuple(line.strip() for line in sys.stdin if line.strip())
    resolver = Resolver.from_seeds(seeds_of(seed_folder))
    unknown = 0
    for name in names:
        match = resolver.resolve(name)
        both = "; ".join(f"{reading.id} ({reading.matched})" for reading in match.readings)
        if as_json:
            click.echo(json.dumps(match.as_dict(), ensure_ascii=False))
        elif match.id:
            click.echo("\t".join((match.id, match.matched or "", match.lang or "-", match.reason or "")))
        else:
            click.echo(f"\t\t\ttwo bodies: {both}" if match.readings else "")
        if match.id is None:
            unknown += 1
            if match.readings:
                say(f"Two bodies in {name!r}: {both}")
            else:
                nearest = resolver.nearest(name, separator="; ")
                say(f"Unknown name {name!r}" + (f"; nearest: {nearest}" if nearest else ""))
    if unknown:
        sys.exit(1)


@click.command(context_settings=CONTEXT)
@output_options(
    "table",
    "json",
    help="table for people; json: [{name, description, parameters: [{name, type, required, default}]}].",
)
def queries(output_format):
    """The catalogue of questions, with descriptions and parameters."""
    catalogue = Catalogue.load()
    if output_format == "json":
        click.echo(json.dumps([query.as_dict() for query in catalogue], ensure_ascii=False, indent=1))
        return
    for query in catalogue:
        click.echo(query.name)
        click.echo(f"    {query.description}")
        for parameter in query.parameters:
            default = (
                "required"
                if parameter.required
                else f"default {parameter.default!r}"
                if parameter.default is not None
                else "optional"
            )
            click.echo(
                f"    --param {parameter.name}=<{parameter.type}>  {default}"
                + (f"; {parameter.help}" if parameter.help else "")
            )


@click.command(context_settings=CONTEXT)
@click.argument("name")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="A parameter of the query (repeat for several). Bodies may be named by any spelling.",
)
@output_options()
@pass_options
def query(options: Options, name, params, output_format):
    """Run the question NAME of the catalogue (see `mechgraph queries`).

    \b
    Examples:
      mechgraph query who-cites-whom --param limit=10
      mechgraph query workplan-items --param limit=50 --param offset=50   # a directory's second page of 50
      mechgraph query references-of --param body="Inter-American Court"
      mechgraph query item-owners --param item=wp2012-mid-7 --format json
    """
    catalogue = Catalogue.load()
    given = {}
    for pair in params:
        key, separator, value = pair.partition("=")
        if not separator:
            raise MechGraphError(f"--param {pair!r} must be KEY=VALUE")
        given[key.strip()] = value
    bound = catalogue.bind(name, given)  # check the parameters before connecting
    with options.connect() as graph:
        rows = catalogue.run(graph, name, given)
    print_rows(rows, output_format)
    note = page_note(rows, bound.get("offset") or 0, "--param offset=")
    if note:
        say(note)


@click.command(context_settings=CONTEXT)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(export_module.FORMATS),
    required=True,
    help="json: node-link; graphml and gexf: for Gephi and networkx; csv: nodes.csv and relationships.csv.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="File to write (a folder for csv). Default: standard output.",
)
@pass_options
def export(options: Options, output_format, output):
    """The whole graph: every node and relationship with their properties.

    \b
    Examples:
      mechgraph export --format json -o mechgraph.json
      mechgraph export --format gexf -o mechgraph.gexf      # opens in Gephi
      mechgraph export --format csv -o mechgraph-csv/
    """
    with options.connect() as graph:
        counts, files = export_module.export(graph, output_format, output)
    if output is None:
        if len(files) > 1:
            raise MechGraphError("CSV export writes two files (nodes.csv, relationships.csv): give a folder with -o.")
        click.echo(next(iter(files.values())), nl=False)
    say(f"Exported {counts.nodes} nodes and {counts.links} relationships" + (f" to {output}." if output else "."))


@click.command(context_settings=CONTEXT)
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True, help="Port of the web app.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    metavar="ADDRESS",
    help="Address to listen on. Any other than 127.0.0.1 asks for sign-in (see below).",
)
@click.option("--public-read", is_flag=True, help="With --host: reading needs no sign-in; writing still does.")
@seeds_option("Seed folder whose files record the decisions made in the pages (review, names, progress).")
@pass_options
def dashboard(options: Options, port, host, public_read, seed_folder):
    """Open the Streamlit dashboard on the graph, at http://127.0.0.1:PORT (Ctrl-C stops it).

    It uses the same graph as the other commands ($NEO4J_URI, else the local server). On
    127.0.0.1 it belongs to you and asks nothing. With --host ADDRESS it is shared on the
    network and asks for sign-in before any page: Streamlit's own login when
    .streamlit/secrets.toml has an [auth] section, else the password in a file only you can
    read (created at the first such start; its place is printed). Decisions made in its pages
    are written to the seed folder's files (--seeds, else $MECHGRAPH_SEEDS, else seeds/).
    """
    from dashboard import auth

    options.connect().close()  # a clear message now rather than on every page
    app = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
    environment = dict(os.environ)
    for variable, value in (
        ("NEO4J_URI", options.uri),
        ("NEO4J_USERNAME", options.username),
        ("NEO4J_DATABASE", options.database),
    ):
        if value:
            environment[variable] = value
    environment.pop(auth.PUBLIC_READ, None)
    if seed_folder is not None:
        environment["MECHGRAPH_SEEDS"] = str(seed_folder.resolve())
    if not auth.is_loopback(host):
        if public_read:
            environment[auth.PUBLIC_READ] = "1"
        say(f"Shared on {host}: sign-in asked {'before writing' if public_read else 'before any page'}.")
        if not any((folder / ".streamlit" / "secrets.toml").exists() for folder in (Path.cwd(), Path.home())):
            say(f"The sign-in password is in {auth.ensure_password()} (readable by you alone).")
    elif public_read:
        raise click.UsageError("--public-read is for a dashboard shared with --host; on 127.0.0.1 nothing is asked.")
    say(f"MechGraph dashboard: http://{host}:{port} (Ctrl-C to stop)")
    command = [
        sys.executable,
        "-m",
        "dashboard.serve",  # Streamlit, with the first page's slow steps done as it starts
        "run",
        str(app),
        "--server.address",
        host,
        "--server.port",
        str(port),
        "--server.headless",
        "true",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",
        # A failing page shows users one line, never a traceback with the server's paths; the
        # full error goes to this command's log (standard error).
        "--client.showErrorDetails",
        "none",
        "--server.maxUploadSize",  # MB: the largest document ingest reads (loaders.documents.reading.MAX_BYTES)
        "20",
    ]
    try:
        sys.exit(subprocess.run(command, env=environment).returncode)
    except KeyboardInterrupt:
        say("Dashboard stopped.")
