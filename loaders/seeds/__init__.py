"""Curated seed data: validate every file first, then write it all in one transaction (or, for a large
folder, in batches).

The pipeline, in the order it runs:

1. :mod:`~loaders.seeds.read` parses every YAML file of the folder, keeping the line of each
   field, and checks each row against its model (:mod:`~loaders.seeds.models`);
2. :mod:`~loaders.seeds.check` runs the checks that need the whole folder: the bodies every
   name refers to, the documents cited, each quote found in its document, unique ids and
   spellings, country codes;
3. :mod:`~loaders.seeds.plan` turns the rows into a :class:`Plan`, the nodes and relationships
   the curated graph should hold, one planner per kind of fact;
4. :mod:`~loaders.seeds.sync` makes the curated part of the graph equal to the plan in one
   transaction (:func:`write`), writing only what :mod:`~loaders.seeds.diff` finds changed, and
   rebuilds the links between bodies. (Not ``write.py``: a
   submodule of that name would hide behind the function ``seeds.write``.)

A folder of more than :data:`~loaders.seeds.sync.STREAM_ABOVE` bytes of seed files (or a batched
load) streams: steps 1 to 3 read each file row by row as its planner asks for it
(:class:`~loaders.seeds.read.Stream`), keeping only the bodies, the documents and the ids, and the
plan goes to a :class:`~loaders.seeds.spool.Spool` on disk, which step 4 reads batch by batch.

Whatever is wrong is a :class:`Problem` (:mod:`~loaders.seeds.problems`), reported all at once
as ``file:line: field: what was expected``; with any problem, :func:`load` raises
:class:`InvalidSeeds` and writes nothing. Loading twice changes nothing.

>>> plan, problems = validate(SEEDS)
>>> problems, len(plan.nodes["Mechanism"])
([], 189)
>>> load(None, SEEDS, dry_run=True)[1] is None   # a dry run validates and writes nothing
True
"""

from __future__ import annotations

from loaders.seeds.diff import RemovalRefused, Summary
from loaders.seeds.plan import CURATED, Plan, validate
from loaders.seeds.problems import InvalidSeeds, Problem
from loaders.seeds.sync import load, write

__all__ = ["load", "validate", "write", "Plan", "Summary", "InvalidSeeds", "Problem", "RemovalRefused", "CURATED"]
