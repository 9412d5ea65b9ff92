"""What the command line prints: rows as a table, JSON or CSV; sizes; the server's status.

Standard output carries data, standard error carries progress and notes, so that a command's
output can be piped (``mechgraph query … --format csv > owners.csv``).

>>> human_bytes(1536), human_bytes(None)
('1.5 KB', 'unknown')
>>> print_rows([{"body": "achpr", "acronyms": ["ACHPR", "CADHP"]}], "table")
body   acronyms
-----  ------------
achpr  ACHPR, CADHP
"""

from __future__ import annotations

import csv
import io
import json

import click

__all__ = [
    "say",
    "human_bytes",
    "print_rows",
    "page_note",
    "page_options",
    "output_options",
    "status_lines",
    "plan_counts",
    "summary_lines",
    "ROW_FORMATS",
]

#: How rows can be printed: for people, for programs, for spreadsheets.
ROW_FORMATS = ("table", "json", "csv")


def say(message: str) -> None:
    """Progress and notes go to standard error, so standard output stays data."""
    click.echo(message, err=True)


def output_options(*formats: str, help: str | None = None):
    """The ``--format`` option of a command that prints rows (as sqlite-utils' ``output_options``)."""
    formats = formats or ROW_FORMATS
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(formats),
        default=formats[0],
        show_default=True,
        help=help or "table for people, json (a list of objects) or csv for programs.",
    )


def page_options(what: str, size: int = 200):
    """The ``--limit`` and ``--offset`` options of a command that lists a paged directory."""

    def decorate(command):
        command = click.option(
            "--offset", type=click.IntRange(0), default=0, show_default=True, help=f"{what} skipped before the page."
        )(command)
        return click.option(
            "--limit", type=click.IntRange(0), default=size, show_default=True, help=f"{what} to list (a page)."
        )(command)

    return decorate


def human_bytes(count: int | None) -> str:
    if count is None:
        return "unknown"
    for unit in ("B", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "B" else f"{count:.1f} {unit}"
        count /= 1024
    return f"{count:.1f} GB"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(item) for item in value)
    return str(value)


def print_rows(rows: list[dict], output_format: str) -> None:
    """Rows as an aligned table, a JSON list of objects, or CSV."""
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    columns = list(rows[0]) if rows else []
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows([[_cell(row[column]) for column in columns] for row in rows])
        click.echo(buffer.getvalue(), nl=False)
        return
    if not rows:
        say("No rows.")
        return
    cells = [[_cell(row[column]) for column in columns] for row in rows]
    widths = [min(60, max(len(column), *(len(line[i]) for line in cells))) for i, column in enumerate(columns)]

    def fit(text: str, width: int) -> str:
        return text if len(text) <= width else text[: width - 1] + "…"

    click.echo("  ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True)).rstrip())
    click.echo("  ".join("-" * width for width in widths))
    for line in cells:
        click.echo("  ".join(fit(cell, width).ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


def page_note(rows: list[dict], offset: int, more: str) -> str | None:
    """What part of a paged directory ``rows`` is (they carry its ``total``), and how to ask for the next part
    (``more`` followed by the next offset); None when the rows are the whole directory.

    >>> page_note([{"id": "a", "total": 3040}] * 200, 200, "--offset ")
    'Rows 201–400 of 3,040; the next ones with --offset 400.'
    >>> page_note([{"id": "a", "total": 3}] * 3, 0, "--offset ") is None
    True
    """
    if not rows or "total" not in rows[0]:
        return None
    total, last = rows[0]["total"], offset + len(rows)
    if offset == 0 and last >= total:
        return None
    return f"Rows {offset + 1:,}–{last:,} of {total:,}" + (
        f"; the next ones with {more}{last}." if last < total else "."
    )


def status_lines(status: dict, other_uri: str | None = None) -> list[str]:
    """``mechgraph db status`` for people, from the same dict that ``--json`` prints."""
    running = status["running"]
    lines = [f"Neo4j {status['neo4j_version']} (local server): {'running' if running else 'not running'}"]
    if running:
        lines += [
            f"  URI:       {status['uri']}",
            f"  process:   {status['pid']}",
            f"  memory:    {human_bytes(status['memory_bytes'])} (peak {human_bytes(status['peak_memory_bytes'])})",
        ]
    lines += [
        f"  data:      {status['data_dir']} ({human_bytes(status['store_bytes'])})",
        f"  password:  {status['password_file']}",
    ]
    if running:
        version = status["schema_version"]
        lines.append(
            f"  graph:     {status['nodes']} nodes, {status['relationships']} relationships, "
            + (f"schema version {version}" if version is not None else "no schema yet (run `mechgraph db init`)")
        )
    loading = status.get("load_in_progress")
    if loading:
        lines.append(
            f"  loading:   a batched load ({loading['load_id']}) is in progress since {loading['started'][:19]}, "
            f"{loading['batches']} batches done; readers see the graph half-written until it ends "
            "(rerun `mechgraph load` if it was interrupted)"
        )
    if other_uri:
        lines.append(f"  note:      NEO4J_URI is set, so the other commands use {other_uri}")
    return lines


def plan_counts(plan) -> str:
    """What a validated seed plan holds: "2036 Evidence, 189 Mechanism, …; 8679 relationships"."""
    counts = ", ".join(f"{len(nodes)} {label}" for label, nodes in sorted(plan.nodes.items()))
    return f"{counts}; {len(plan.relationships)} relationships"


def summary_lines(summary) -> list[str]:
    """What a load did, a line per label, then the relationships and the verdict."""
    labels = sorted(set(summary.created) | set(summary.updated) | set(summary.unchanged) | set(summary.deleted))
    lines = [
        f"  {label:<14} {summary.created[label]:>5} created {summary.updated[label]:>5} updated "
        f"{summary.unchanged[label]:>5} unchanged {summary.deleted[label]:>5} removed"
        for label in labels
    ]
    created, deleted = sum(summary.relationships_created.values()), sum(summary.relationships_deleted.values())
    lines.append(
        f"  relationships  {created:>5} created {deleted:>5} removed "
        f"{sum(summary.relationships_unchanged.values()):>5} unchanged"
    )
    lines.append("Loaded." if summary.changed else "Already up to date: nothing changed.")
    return lines
