"""Ingesting documents: a report's file becomes a Document with its paragraphs, the bodies they
name, the documents they cite, and candidate links for a person to review.

The pipeline, in order, one concept a module:

1. ``reading``: bytes to text (encoding, asked for when unclear; PDF) and the language;
2. ``structure``: the text to paragraphs with locators, through ``lines`` (the line model and
   page furniture), ``metadata`` (symbol, title, date, session), ``footnotes`` (markers and
   notes), ``blocks`` (numbered paragraphs, text under headings, annexes, workplan items, with
   ``headings``) and ``joining`` (wrapped lines and hyphenated words);
3. ``mentions`` and ``citations``: the bodies a paragraph names and the documents it cites;
   ``candidates``: the links its sentences suggest; ``unresolved``: names the registry lacks;
   ``owners``: the workplan owners an "Implementation:" line states, compared with the curated ones;
4. ``plan``: all of that for one file, without the graph (``prepare``);
5. ``write``: the plan written in one transaction that replaces the previous ingestion
   (``write.write``; ``ingest`` prepares and writes one file), unless another file holds the
   document (``claims``: a different file replaces it only with ``--replace``);
6. ``report``: what was found and written (``IngestReport``), in words (``summary``);
7. ``review``: a person accepts or rejects a candidate (``accept``, ``reject``).

``quality`` measures mentions and citations against paragraphs annotated by hand
(``python -m loaders.documents.quality``).
"""

from loaders.documents.plan import prepare
from loaders.documents.report import IngestReport, mark_dry_run, summary
from loaders.documents.review import accept, reject
from loaders.documents.write import ingest

__all__ = ["ingest", "prepare", "IngestReport", "summary", "mark_dry_run", "accept", "reject"]
