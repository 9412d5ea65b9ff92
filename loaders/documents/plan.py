"""What ingesting one document would add to the graph, computed without the graph.

``prepare`` reads the file (``reading``), finds its structure (``structure``), gives it an id
(``identify``), and for each paragraph the bodies it names, the documents it cites and the
candidate links it suggests (``candidates``), the names the registry does not know
(``unresolved``, kept on the paragraph as ``unknown``, less the names settled as not a body) and,
for workplan items, the owners their "Implementation:" line states
(``owners``). It returns the :class:`~loaders.documents.report.IngestReport` and the plan, a dict
of rows that ``write.write`` writes in one transaction:

- ``document``: the Document node's properties;
- ``paragraphs``, ``mentions``, ``citations``, ``footnotes``: rows of Paragraph nodes,
  MENTIONS, CITES and HAS_FOOTNOTE relationships;
- ``candidates``: the :class:`~loaders.documents.candidates.Candidate` links the text suggests;
- ``items``: (locator, implementation, stated owners) of every workplan item, compared with
  the curated workplan when written;
- ``ingest``: the Meta node recording this ingestion (file name and path, sha256, encoding);
- ``curated``: the seed folder, and the seed file that has this file's bytes, if any (``claims``);
- ``decisions``: the review decisions on its candidates; ``settled``: the new bodies settled with
  evidence in this document, when the seeds do not hold it (their evidence is written with it).

>>> report, plan = prepare(SEEDS / "documents" / "000_fb64b3f317b3430b.txt", MentionFinder(resolver))
>>> report.document_id, report.counts["paragraph"], len(plan["paragraphs"]), plan["paragraphs"][0]["locator"]
('a-hrc-23-18-en', 103, 218, 'line: Summary')
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml

from loaders.documents import decisions
from loaders.documents.candidates import extract, quote
from loaders.documents.citations import document_id
from loaders.documents.mentions import MentionFinder
from loaders.documents.owners import stated_owners
from loaders.documents.press_numbers import is_press_number
from loaders.documents.reading import Text, read
from loaders.documents.report import IngestReport
from loaders.documents.structure import Paragraph, Structure, parse
from loaders.documents.unresolved import unresolved_names
from registry import settled
from registry.names import SEEDS

__all__ = ["EXTRACTED", "parse_file", "identify", "prepare", "one_per_title", "unknown_names", "distinct_names"]

#: The ``source`` of everything ingestion writes: what a new ingestion of the document replaces.
EXTRACTED = "extracted"


def parse_file(path: Path, lang: str | None = None, encoding: str | None = None) -> tuple[Text, Structure]:
    """The text of ``path`` and its structure."""
    text = read(path, lang=lang, encoding=encoding)
    return text, parse(text.text, text.lang, markdown=text.format == "markdown")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _curated_documents(seeds: Path) -> list[dict]:
    path = seeds / "documents.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def identify(
    path: Path, text: Text, structure: Structure, seeds: Path = SEEDS, given: str | None = None
) -> tuple[str, dict | None]:
    """The document's id and its curated row, if any: the curated id for a file the seeds hold
    (same content), else ``<symbol>-<lang>`` ("a-hrc-23-18-en"), else a slug of the file name."""
    digest = _sha256(path)
    for row in _curated_documents(seeds):
        held = seeds / row.get("file", "")
        if row.get("file") and held.is_file() and _sha256(held) == digest:
            return (given or row["id"]), row
    if given:
        return given, None
    if structure.symbol:
        return f"{document_id(structure.symbol)}-{text.lang}", None
    return _slug(path.stem), None


def prepare(
    path: Path,
    finder: MentionFinder,
    lang: str | None = None,
    seeds: Path = SEEDS,
    given_id: str | None = None,
    encoding: str | None = None,
) -> tuple[IngestReport, dict]:
    """Everything one ingestion writes, computed without the database."""
    text, structure = parse_file(path, lang, encoding)
    finder = finder.in_document(text.text)  # the organisations the document names give its short names their body
    doc_id, curated = identify(path, text, structure, seeds, given_id)
    symbol = structure.symbol or (curated or {}).get("symbol")
    report = IngestReport(
        path=path,
        document_id=doc_id,
        symbol=symbol,
        lang=text.lang,
        lang_detected=text.lang_detected,
        encoding=text.encoding,
        format=text.format,
        held=curated is not None,
        title=(curated or {}).get("title") or structure.title,
        annexes=structure.annexes,
        warnings=list(structure.warnings),
    )
    plan = {
        "document": {
            "id": doc_id,
            "symbol": symbol,
            "title": report.title,
            "lang": text.lang,
            "date": structure.date,
            "session": structure.session,
            "agenda": structure.agenda or None,
            "url": structure.front.get("source"),
            # a press release's own number is no report's symbol
            "kind": "report" if symbol and not is_press_number(symbol) else "other",
            "held": True,
            "source": EXTRACTED,
        },
        "paragraphs": [],
        "mentions": [],
        "citations": [],
        "footnotes": [],
        "candidates": [],
    }
    _name_paragraphs(structure.paragraphs, doc_id)
    hidden = settled.not_bodies(seeds)
    for paragraph in structure.paragraphs:
        _plan_paragraph(plan, report, paragraph, finder, text.lang, hidden, structure.own_keys(symbol))
    if structure.title and not report.counts["paragraph"]:
        # the headline of a press release or web page states facts ("primera visita conjunta de
        # expertos de la ONU y OEA"): its candidates count, with the locator "title"
        headline = Paragraph("title", "text", structure.title)
        plan["candidates"] += extract(headline, finder, doc_id).candidates
    plan["candidates"] = one_per_title(plan["candidates"], _title_locators(structure))
    by_locator = {p["locator"]: p["id"] for p in plan["paragraphs"]}
    plan["footnotes"] = [
        {"paragraph": paragraph.id, "footnote": by_locator[note]}
        for paragraph in structure.paragraphs
        for note in paragraph.footnotes
        if note in by_locator
    ]
    plan["items"] = [
        (p.locator, p.implementation, stated_owners(p.implementation, finder))
        for p in structure.paragraphs
        if p.kind == "annex_item" and p.implementation
    ]
    plan["ingest"] = {
        "id": f"load-document-{doc_id}",
        "file": path.name,
        "path": str(path.resolve()),
        "sha256": _sha256(path),
        "encoding": text.encoding,
        "format": text.format,
        "lang_detected": text.lang_detected,
    }
    plan["curated"] = {"seeds": str(Path(seeds).resolve()), "file": (curated or {}).get("file")}
    # The review decisions on this document's candidates (checked here, before anything is written), replayed by write.
    plan["decisions"] = [decision for decision in decisions.read(seeds) if decision.document == doc_id]
    held = {row.get("id") for row in _curated_documents(seeds)}
    plan["settled"] = [
        row
        for row in settled.latest(settled.rows(seeds))
        if row.get("decision") == "new_body" and row.get("document") == doc_id and doc_id not in held
    ]
    return report, plan


def _title_locators(structure: Structure) -> set[str]:
    """The locators of the document's title: the headline's, and the block that prints it."""
    title = re.sub(r"\s+", " ", structure.title or "").strip()
    return {"title"} | {
        p.locator for p in structure.paragraphs if title and re.sub(r"\s+", " ", p.text).strip() == title
    }


def one_per_title(candidates: list, titles: set[str]) -> list:
    """The candidates, less those of the title that another candidate of the document repeats (same
    kind, detail and bodies): a press release announces its joint visit in its title and again in its
    text, and that is one visit. The text's candidate is kept (its quote says more); of two title
    candidates, the first.

    >>> from loaders.documents.candidates import Candidate
    >>> title = Candidate("c1", "activity", "joint_visit", ("un", "oas"), "title", "q", "visita conjunta")
    >>> text = Candidate("c2", "activity", "joint_visit", ("oas", "un"), "para. 1", "q", "visita conjunta")
    >>> [c.id for c in one_per_title([title, text], {"title"})]
    ['c2']
    """

    def key(candidate) -> tuple:
        return candidate.kind, candidate.detail, frozenset(candidate.bodies)

    in_text = {key(c) for c in candidates if c.locator not in titles}
    kept, seen = [], set()
    for candidate in candidates:
        if candidate.locator in titles and (key(candidate) in in_text or key(candidate) in seen):
            continue
        seen.add(key(candidate))
        kept.append(candidate)
    return kept


def _name_paragraphs(paragraphs: list[Paragraph], doc_id: str) -> None:
    """Each paragraph's id: the document's and a slug of its locator, made unique with a count."""
    taken: set[str] = set()
    for paragraph in paragraphs:
        base = pid = f"{doc_id}:{_slug(paragraph.locator)}"
        suffix = 1
        while pid in taken:
            suffix += 1
            pid = f"{base}-{suffix}"
        taken.add(pid)
        paragraph.id = pid


def _plan_paragraph(
    plan: dict,
    report: IngestReport,
    paragraph: Paragraph,
    finder: MentionFinder,
    lang: str,
    hidden: set[str],
    own: frozenset[str] = frozenset(),
) -> None:
    """Add one paragraph to ``plan``: its row, what it mentions and cites (not the document's ``own`` keys: its symbol,
    its number on a resolution's page), its candidates, the unknown names it holds (less the ``hidden`` ones, settled as not
    a body); and count them."""
    document = plan["document"]
    report.counts[paragraph.kind] += 1
    found = extract(paragraph, finder, document["id"])
    found_names = unresolved_names(paragraph.text, found.mentions)
    seen = [name for name in found_names if not settled.is_not_a_body(_bare(name), hidden)]
    plan["paragraphs"].append(
        {
            "id": paragraph.id,
            "document": document["id"],
            "symbol": document["symbol"],
            "locator": paragraph.locator,
            "position": len(plan["paragraphs"]),  # the order of the text, which locators alone do not give
            "kind": paragraph.kind,
            "text": paragraph.text,
            "number": paragraph.number,
            "annex": paragraph.annex,
            "section": paragraph.section,
            "lang": lang,
            "unknown": distinct_names(seen, hidden),
            "source": EXTRACTED,
        }
    )
    surfaces: dict[str, list[str]] = {}
    for mention in found.mentions:
        surfaces.setdefault(mention.id, [])
        if mention.surface not in surfaces[mention.id]:
            surfaces[mention.id].append(mention.surface)
    for body, written in surfaces.items():
        plan["mentions"].append({"paragraph": paragraph.id, "body": body, "surface": written})
        report.mentions[body] += 1
    for key in dict.fromkeys(c.key for c in found.citations):
        if key in own:
            continue  # a document never cites itself: its own symbol in a header or a sentence, its own number
        first = next(c for c in found.citations if c.key == key)
        plan["citations"].append(
            {
                "key": key,
                "id": document_id(key),
                "kind": first.kind,
                "locator": paragraph.locator,
                "paragraph": paragraph.id,
                "quote": quote(paragraph.text, first.start),
            }
        )
        report.citations[key] += 1
    plan["candidates"] += found.candidates
    report.unresolved += [(paragraph.locator, name) for name in seen]


def unknown_names(text: str, mentions: list, hidden: set[str]) -> list[str]:
    """The names of ``text`` that look like a body's, outside its ``mentions`` and the ``hidden`` ones, each once.

    >>> unknown_names("The Andean Commission of Jurists and the Andean Commission of Jurists.", [], set())
    ['Andean Commission of Jurists']
    """
    return distinct_names(unresolved_names(text, mentions), hidden)


def distinct_names(names: list[str], hidden: set[str]) -> list[str]:
    """Each name once, without a leading article ("The Andean Commission" is "Andean Commission"), less the hidden."""
    bare = dict.fromkeys(_bare(name) for name in names)
    return [name for name in bare if not settled.is_not_a_body(name, hidden)]


def _bare(name: str) -> str:
    return re.sub(r"^(?:(?:The|La|Le|Les|El|Los|Las)\s+|L['’])", "", name)
