"""Settling a name: the decision recorded with the seeds, the seeds loaded, the mentions recomputed.

The one place where the two pipelines meet: the seed side records and loads the decision
(:mod:`loaders.seeds.progress`'s :func:`record_row`), the document side rewrites the mentions of
the ingested paragraphs (:mod:`loaders.documents.settle`).
"""

from __future__ import annotations

from pathlib import Path

from graph.connection import Graph
from graph.progress import Progress, quiet
from loaders import seeds
from loaders.documents.settle import Settled, after_recording
from loaders.seeds.progress import record_row
from registry import settled

__all__ = ["settle"]


def settle(graph: Graph, folder: Path, row: dict, progress: Progress = quiet) -> Settled:
    """Record ``row`` (from :func:`loaders.documents.settle.decision_row`), load the seeds, recompute the mentions."""
    plan = record_row(folder, settled.FILE, row, settled.HEADER)
    seeds.write(graph, plan, progress, task=f"settling the name {row['name']!r}")
    return after_recording(graph, folder, row, held=set(plan.nodes["Document"]))
