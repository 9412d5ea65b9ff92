"""Recording workplan progress: one row added to ``progress.yaml``, checked with the whole seed folder.

Where an owner stands on an item (not started, in progress, done, dropped), on a date, with a
note and the evidence, is a seed row like any other: curators write it in ``progress.yaml``,
and the dashboard's Workplan page adds it through :func:`record`, which keeps the file valid:
the row is added, the folder checked, and on any problem the file is put back as it was and
the problems raised. The graph follows at the next :func:`~loaders.seeds.load`.
"""

from __future__ import annotations

from pathlib import Path

from loaders.seeds.plan import validate
from loaders.seeds.problems import InvalidSeeds
from registry.yamlfile import append_rows, write_text

__all__ = ["FILE", "record"]

FILE = "progress.yaml"
_HEADER = (
    "# Workplan progress: where each owner stands on an item, on a date, and where that is said.\n"
    "# status: not_started, in_progress, done or dropped. The latest row of an owner and item holds.\n"
)


def record(folder: Path, row: dict) -> None:
    """Add one progress row to ``folder``'s progress.yaml; raises :class:`InvalidSeeds` (file unchanged) if wrong."""
    path = Path(folder) / FILE
    before = append_rows(path, [row], header=_HEADER)
    _plan, problems = validate(folder)
    if problems:
        if before is None:
            path.unlink()
        else:
            write_text(path, before)
        raise InvalidSeeds(problems)
