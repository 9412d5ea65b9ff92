"""Ingesting documents: a report becomes a Document with its Paragraphs, what they mention and
cite, and candidate links for a person to review.

``ingest(graph, path)`` reads the file (``loaders.reading``), finds its structure
(``loaders.structure``), the bodies each paragraph names (``loaders.mentions``) and the
documents it cites (``loaders.citations``), proposes candidate links where a sentence names two
bodies with a cue for a joint activity or a cross-reference, and compares the owners stated in
a workplan annex with the curated ones. Everything is computed before anything is written;
then one transaction replaces what an earlier ingestion of the same document wrote, so
ingesting again changes nothing and a failure leaves the graph as it was. Curated facts are
never touched, and decisions already taken on candidates (accepted, rejected) are kept.

>>> report = ingest(graph, Path("seeds/documents/000_fb64b3f317b3430b.txt"))   # doctest: +SKIP
>>> report.document_id, report.counts["paragraph"]
('a-hrc-23-18-en', 84)
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from graph import schema
from graph.connection import Graph, rows as run_rows
from loaders.documents.citations import Citation, citations, document_id
from loaders.documents.mentions import Mention, MentionFinder
from registry.names import SEEDS, Resolver
from loaders.documents.reading import Text, read
from loaders.documents.structure import Paragraph, Structure, parse

EXTRACTED = "extracted"


def body_named(variable: str, key: str) -> str:
    """Cypher binding ``variable`` to the Mechanism or Organization whose id is ``key``, through
    the unique-id indexes (a match on ``{id: …}`` without a label would read every node)."""
    return (f"CALL ({key}) {{ MATCH ({variable}:Mechanism {{id: {key}}}) RETURN {variable} "
            f"UNION MATCH ({variable}:Organization {{id: {key}}}) RETURN {variable} }}")
QUOTE_WORDS = 25
Report = Callable[[str], None]


# -- reading --------------------------------------------------------------------------
def parse_file(path: Path, lang: str | None = None) -> tuple[Text, Structure]:
    """The text of ``path`` and its structure."""
    text = read(path, lang=lang)
    return text, parse(text.text, text.lang, markdown=text.format == "markdown")


# -- what a paragraph says ------------------------------------------------------------
_CUES = (
    # (kind of candidate, detail, pattern): joint activities, then cross-references
    ("activity", "joint_visit", r"joint (?:country |field |on-site |fact-finding )?visits?|visites? (?:de pays )?conjointes?|联合(?:国别)?(?:走访|访问|考察)"),
    ("activity", "joint_mission", r"joint (?:field )?missions?|missions? conjointes?|联合(?:实地)?(?:特派团|出访|调查团)"),
    ("activity", "joint_press_release", r"joint press releases?|communiqués? de presse conjoints?|联合新闻稿"),
    ("activity", "joint_statement", r"joint (?:public )?(?:statements?|declarations?)|déclarations? conjointes?|联合声明"),
    ("activity", "joint_report", r"joint (?:thematic |country )?reports?|rapports? conjoints?|联合报告"),
    ("reference", "cites_case_law", r"\bcit(?:es|ed|ing)\b|jurisprudence|case law|\bcitent\b|\bcite\b|援引|引用"),
    ("reference", "quotes", r"\bquot(?:es|ed|ing)\b"),
    ("reference", "takes_into_account", r"tak(?:e|es|ing|en) into (?:account|consideration)|took into (?:account|consideration)|"
                                         r"tien(?:t|nent) compte|pren(?:d|nent) (?:en compte|en considération)|考虑到|顾及"),
    ("reference", "follows_up_recommendations", r"follow(?:s|ed|ing)?[ -]up (?:on|to) (?:the |their |its )?(?:recommendations|decisions)|"
                                                r"suivi (?:des|de leurs) (?:recommandations|décisions)|跟进(?:落实|执行)?.{0,12}(?:建议|决定)"),
    ("reference", "submits_information_to", r"submit(?:s|ted|ting)? information|soum(?:et|ettent) des informations|提交(?:资料|信息)|提供资料"),
)
_CUE_PATTERNS = [(kind, detail, re.compile(pattern, re.I)) for kind, detail, pattern in _CUES]
_SENTENCE = re.compile(r"[^.!?。！？;；]+(?:[.!?。！？;；]+|$)")
_PROPOSAL = re.compile(r"\b(should|could|would|may|propos\w*|recommend\w*|devrai\w*|pourrai\w*)\b|应|可", re.I)


@dataclass(frozen=True)
class Candidate:
    """A link ingestion proposes; a person accepts or rejects it with ``mechgraph review``."""

    id: str
    kind: str        # activity, reference, workplan_owner
    detail: str      # the activity kind, the reference kind, or the owner's role
    bodies: tuple[str, ...]
    locator: str
    quote: str
    cue: str
    proposed: bool = False   # the sentence proposes rather than reports ("should", "could")
    item: str | None = None  # workplan_owner: the curated item


@dataclass
class Extracted:
    mentions: list[Mention]
    citations: list[Citation]
    candidates: list[Candidate] = field(default_factory=list)


def extract(paragraph: Paragraph, finder: MentionFinder, document: str = "") -> Extracted:
    """The bodies ``paragraph`` names, what it cites, and the candidate links its sentences suggest."""
    mentions = finder.find(paragraph.text)
    found = Extracted(mentions=mentions, citations=citations(paragraph.text))
    if paragraph.kind == "footnote":
        return found
    for sentence in _SENTENCE.finditer(paragraph.text):
        inside = [m for m in mentions if sentence.start() <= m.start < sentence.end()]
        bodies = tuple(dict.fromkeys(m.id for m in inside))
        if len(bodies) < 2:
            continue
        for kind, detail, pattern in _CUE_PATTERNS:
            cue = pattern.search(sentence.group(0))
            if cue:
                found.candidates.append(Candidate(
                    id=candidate_id(document, paragraph.locator, kind, detail, bodies), kind=kind, detail=detail,
                    bodies=bodies, locator=paragraph.locator, quote=quote(sentence.group(0), cue.start()),
                    cue=cue.group(0), proposed=bool(_PROPOSAL.search(sentence.group(0)))))
    return found


def candidate_id(document: str, locator: str, kind: str, detail: str, bodies) -> str:
    """Stable across ingestions, so a decision on a candidate survives ingesting again."""
    digest = hashlib.sha1("|".join([document, locator, kind, detail, *sorted(bodies)]).encode()).hexdigest()[:10]
    return f"cand-{digest}"


def quote(text: str, around: int = 0, words: int = QUOTE_WORDS) -> str:
    """At most ``words`` words of ``text`` (Chinese: 60 characters), centred near ``around``."""
    text = re.sub(r"\s+", " ", text).strip()
    if re.search(r"[\u4e00-\u9fff]", text) and len(text.split()) < words:
        start = max(0, min(around - 20, len(text) - 60))
        return text[start:start + 60]
    tokens = list(re.finditer(r"\S+", text))
    if len(tokens) <= words:
        return text
    index = next((i for i, token in enumerate(tokens) if token.end() > around), 0)
    first = max(0, min(index - words // 2, len(tokens) - words))
    return text[tokens[first].start():tokens[first + words - 1].end()]


# -- names the registry does not hold -------------------------------------------------
_HEADS = (r"Commission|Committee|Court|Council|Rapporteur|Working Group|Subcommittee|Sub-Committee|Office|Agency|"
          r"Division|Branch|Section|Unit|Secretariat|Directorate|Institute|Network|Tribunal|Ombudsman|"
          r"Comité|Cour|Conseil|Rapporteuse|Groupe de travail|Bureau|Agence|Sous-Comité")
_UNRESOLVED = re.compile(
    rf"(?:(?:[A-Z][\w'’\-]*|of|the|on|for|and|des|de|du|la|le|l'|et)\s+)*?(?:[A-Z][\w'’\-]*\s+)?(?:{_HEADS})\b"
    rf"(?:\s+(?:of|on|for|against|des|de|du|sur|pour|contre|d'|chargé de)\s+(?:the\s+|la\s+|l'|les\s+)?"
    rf"[\w'’\-]+(?:\s+(?:and|of|the|et|des|de|du|la|in|on)?\s*[A-Z][\w'’\-]*){{0,6}})?")
_CHINESE_UNRESOLVED = re.compile(
    r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,8}?(?:委员会|法院|报告员|工作组|办事处)|(?<=[的和与及、])[\u4e00-\u9fff]{2,6}(?:委员会|法院|报告员|工作组)")


def unresolved_names(text: str, mentions: list[Mention]) -> list[str]:
    """Names that look like a body's but that the registry does not know, for the report."""
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for pattern in (_UNRESOLVED, _CHINESE_UNRESOLVED):
        for match in pattern.finditer(text):
            name = re.sub(r"\s+", " ", match.group(0)).strip(" ,;:'’")
            name = re.sub(r"^(?:(?:of|the|on|for|and|des|de|du|la|le|l'|et)\s+)+", "", name)
            capitals = [w for w in name.split() if w[:1].isupper() and w.lower() not in ("the", "la", "le", "les", "l'")]
            if len(name) < 4 or not re.search(r"[\u4e00-\u9fff]", name) and len(capitals) < 2:
                continue
            if any(not (match.end() <= a or match.start() >= b) for a, b in taken):
                continue
            if not name[:1].isupper() and not re.match(r"[\u4e00-\u9fff]", name):
                continue
            found.append(name)
    return found


# -- workplan annexes -----------------------------------------------------------------
def stated_owners(implementation: str, finder: MentionFinder) -> dict[str, str]:
    """Owner id -> role, as an "Implementation:" line states them.

    "focal points all RHRMs, in particular ACHPR, IACHR and focal points OHCHR NIRMS, SPB" gives
    rhrms: collective, achpr and iachr: in_particular, ohchr-nirms and ohchr-spb: named.
    "all RHRMs except the AfHPR" leaves the AfHPR out.
    """
    owners: dict[str, str] = {}
    particular = re.search(r"in particular|notamment|特别是", implementation, re.I)
    except_ = re.search(r"\bexcept\b|\bsauf\b|除", implementation, re.I)
    clause_end = re.search(r"\band (?:focal points|OHCHR)|\bet (?:les )?coordonnateurs", implementation[particular.end():]) if particular else None
    for mention in finder.find(implementation):
        if except_ and mention.start > except_.start() and mention.start - except_.end() < 20:
            continue
        if particular and mention.start > particular.start() and (
                clause_end is None or mention.start < particular.end() + clause_end.start()):
            role = "in_particular"
        elif re.search(r"\ball\b|tous|所有", implementation[max(0, mention.start - 12):mention.start], re.I):
            role = "collective"
        else:
            role = "named"
        owners.setdefault(mention.id, role)
    # "OHCHR NIRMS, SPB, UPR" names units of OHCHR: the UPR there is its UPR Section, and
    # OHCHR itself is not an owner when a unit follows it directly
    found = finder.find(implementation)
    for mention in found:
        if mention.id.startswith("ohchr") or "OHCHR" not in implementation[:mention.start]:
            continue
        for form in (f"OHCHR {mention.surface}", f"{mention.surface} Section", f"{mention.surface} Branch",
                     f"{mention.surface} Division"):
            unit = finder.names.resolve(form).id
            if unit and unit.startswith("ohchr-") and mention.id in owners:
                owners[unit] = owners.pop(mention.id)
                break
    for mention in found:
        if mention.id == "ohchr":
            following = next((m for m in found if m.start > mention.start), None)
            if following and following.id.startswith("ohchr-") and following.start - mention.end <= 16:
                owners.pop("ohchr", None)
    for generic in ("focal-points", "focal-points-network"):
        owners.pop(generic, None)
    return owners


# -- the plan of one ingestion --------------------------------------------------------
@dataclass
class IngestReport:
    """What one ingestion found and wrote."""

    path: Path
    document_id: str
    symbol: str | None
    lang: str
    lang_detected: bool
    encoding: str
    format: str
    title: str | None = None
    held: bool = False                 # the document was already in the graph, curated
    counts: Counter = field(default_factory=Counter)           # paragraphs by kind
    annexes: list[str] = field(default_factory=list)
    mentions: Counter = field(default_factory=Counter)         # body id -> paragraphs naming it
    citations: Counter = field(default_factory=Counter)        # cited key -> paragraphs citing it
    candidates: Counter = field(default_factory=Counter)       # kind -> count
    decided: int = 0                   # candidates already accepted or rejected, kept as decided
    unresolved: list[tuple[str, str]] = field(default_factory=list)  # (locator, name)
    workplan: list[str] = field(default_factory=list)                # differences from the curated owners
    replaced: bool = False
    dry_run: bool = False


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _curated_documents(seeds: Path) -> list[dict]:
    path = seeds / "documents.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else []


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def identify(path: Path, text: Text, structure: Structure, seeds: Path = SEEDS, given: str | None = None) -> tuple[str, dict | None]:
    """The document's id: the curated one for a file the seeds hold (same content), else
    ``<symbol>-<lang>`` ("a-hrc-23-18-en"), else a slug of the file name."""
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


def prepare(path: Path, finder: MentionFinder, lang: str | None = None, seeds: Path = SEEDS,
            given_id: str | None = None) -> tuple[IngestReport, dict]:
    """Everything one ingestion writes, computed without the database."""
    text, structure = parse_file(path, lang)
    doc_id, curated = identify(path, text, structure, seeds, given_id)
    symbol = structure.symbol or (curated or {}).get("symbol")
    report = IngestReport(path=path, document_id=doc_id, symbol=symbol, lang=text.lang, lang_detected=text.lang_detected,
                          encoding=text.encoding, format=text.format, held=curated is not None,
                          title=(curated or {}).get("title") or structure.title, annexes=structure.annexes)
    paragraphs, mentions, cites, candidates, footnotes = [], [], [], [], []
    taken: set[str] = set()
    for paragraph in structure.paragraphs:
        base = pid = f"{doc_id}:{_slug(paragraph.locator)}"
        suffix = 1
        while pid in taken:
            suffix += 1
            pid = f"{base}-{suffix}"
        taken.add(pid)
        paragraph.id = pid
        report.counts[paragraph.kind] += 1
        found = extract(paragraph, finder, doc_id)
        paragraphs.append({
            "id": pid, "document": doc_id, "symbol": symbol, "locator": paragraph.locator, "kind": paragraph.kind,
            "text": paragraph.text, "number": paragraph.number, "annex": paragraph.annex, "section": paragraph.section,
            "lang": text.lang, "source": EXTRACTED,
        })
        surfaces: dict[str, list[str]] = {}
        for mention in found.mentions:
            surfaces.setdefault(mention.id, [])
            if mention.surface not in surfaces[mention.id]:
                surfaces[mention.id].append(mention.surface)
        for body, written in surfaces.items():
            mentions.append({"paragraph": pid, "body": body, "surface": written})
            report.mentions[body] += 1
        for key in dict.fromkeys(c.key for c in found.citations):
            if symbol and key == symbol:
                continue  # the document's own symbol
            first = next(c for c in found.citations if c.key == key)
            cites.append({"key": key, "id": document_id(key), "kind": first.kind, "locator": paragraph.locator,
                          "paragraph": pid, "quote": quote(paragraph.text, first.start)})
            report.citations[key] += 1
        for candidate in found.candidates:
            candidates.append(candidate)
        for name in unresolved_names(paragraph.text, found.mentions):
            report.unresolved.append((paragraph.locator, name))
    by_locator = {p["locator"]: p["id"] for p in paragraphs}
    for paragraph in structure.paragraphs:
        for note in paragraph.footnotes:
            if note in by_locator:
                footnotes.append({"paragraph": paragraph.id, "footnote": by_locator[note]})
    items = [p for p in structure.paragraphs if p.kind == "annex_item" and p.implementation]
    plan = {"document": {
        "id": doc_id, "symbol": symbol, "title": report.title, "lang": text.lang, "date": structure.date,
        "session": structure.session, "kind": "report" if symbol else "other", "held": True, "source": EXTRACTED,
    }, "paragraphs": paragraphs, "mentions": mentions, "citations": cites, "footnotes": footnotes,
        "candidates": candidates, "items": [(p.locator, p.implementation, stated_owners(p.implementation, finder)) for p in items],
        "ingest": {"id": f"load-document-{doc_id}", "file": path.name, "sha256": _sha256(path), "encoding": text.encoding,
                   "format": text.format, "lang_detected": text.lang_detected}}
    return report, plan


# -- writing --------------------------------------------------------------------------
_REMOVE_PREVIOUS = (
    "MATCH (p:Paragraph {document: $doc}) WHERE p.source = $source DETACH DELETE p",
    "MATCH (:Document {id: $doc})-[c:CITES]->() WHERE c.source = $source DELETE c",
    "MATCH (:Document {id: $doc})-[t:TRANSLATION_OF]-() WHERE t.source = $source DELETE t",
    "MATCH (c:Candidate {document: $doc, status: 'candidate'}) OPTIONAL MATCH (c)-[:EVIDENCED_BY]->(e:Evidence) "
    "DETACH DELETE c, e",
    "MATCH (s:Document) WHERE s.source = $source AND NOT s.held AND NOT (s)--() DELETE s",
)


def _write(tx, plan: dict, report: IngestReport) -> None:
    doc = plan["document"]
    curated = run_rows(tx, "MATCH (d:Document {id: $id}) RETURN d.source AS source", {"id": doc["id"]})
    report.replaced = bool(run_rows(tx, "MATCH (m:Meta {id: $id}) RETURN m.id AS id", {"id": plan["ingest"]["id"]}))
    for statement in _REMOVE_PREVIOUS:
        tx.run(statement, {"doc": doc["id"], "source": EXTRACTED}).consume()
    if not curated or curated[0]["source"] == EXTRACTED:
        # a document the seeds do not hold: this ingestion owns its properties
        tx.run("MERGE (d:Document {id: $row.id}) SET d = $row", {"row": {k: v for k, v in doc.items() if v is not None}}).consume()
    tx.run("UNWIND $rows AS row MATCH (d:Document {id: row.document}) CREATE (p:Paragraph) SET p = row "
           "CREATE (p)-[:PART_OF {source: $source}]->(d)",
           {"rows": [{k: v for k, v in p.items() if v is not None} for p in plan["paragraphs"]], "source": EXTRACTED}).consume()
    tx.run("UNWIND $rows AS row MATCH (p:Paragraph {id: row.paragraph}) MATCH (f:Paragraph {id: row.footnote}) "
           "CREATE (p)-[:HAS_FOOTNOTE {source: $source}]->(f)", {"rows": plan["footnotes"], "source": EXTRACTED}).consume()
    tx.run("UNWIND $rows AS row MATCH (p:Paragraph {id: row.paragraph}) "
           f"WITH p, row, row.body AS body {body_named('b', 'body')} "
           "CREATE (p)-[:MENTIONS {surface: row.surface, source: $source}]->(b)",
           {"rows": plan["mentions"], "source": EXTRACTED}).consume()
    # cited documents: the held one with that symbol (same language first), else a stub
    tx.run("UNWIND $rows AS row MATCH (d:Document {id: $doc}) "
           "OPTIONAL MATCH (held:Document) WHERE held.symbol = row.key AND held.id <> $doc "
           "WITH d, row, held ORDER BY CASE held.lang WHEN $lang THEN 0 WHEN 'en' THEN 1 ELSE 2 END "
           "WITH d, row, collect(held)[0] AS held "
           "CALL (row, held) { WITH row, held WHERE held IS NULL "
           "  MERGE (s:Document {id: row.id}) ON CREATE SET s.symbol = row.key, s.kind = row.kind, s.held = false, "
           "  s.source = $source RETURN s AS target "
           "  UNION WITH row, held WHERE held IS NOT NULL RETURN held AS target } "
           "CREATE (d)-[:CITES {locator: row.locator, paragraph: row.paragraph, quote: row.quote, source: $source}]->(target)",
           {"rows": plan["citations"], "doc": doc["id"], "lang": doc["lang"], "source": EXTRACTED}).consume()
    if doc["symbol"]:
        tx.run("MATCH (d:Document {id: $doc}) MATCH (other:Document {symbol: $symbol}) "
               "WHERE other.id <> d.id AND other.lang <> d.lang AND coalesce(other.held, true) "
               "AND NOT (d)-[:TRANSLATION_OF]-(other) "
               "WITH d, other ORDER BY CASE other.lang WHEN 'en' THEN 0 ELSE 1 END LIMIT 1 "
               "CREATE (d)-[:TRANSLATION_OF {source: $source}]->(other)",
               {"doc": doc["id"], "symbol": doc["symbol"], "source": EXTRACTED}).consume()
    _write_candidates(tx, plan, report)
    schema.record_load(tx, f"document-{doc['id']}")
    tx.run("MATCH (m:Meta {id: $id}) SET m += $props", {"id": plan["ingest"]["id"], "props": plan["ingest"]}).consume()


def _workplan_candidates(tx, plan: dict, report: IngestReport) -> list[Candidate]:
    """Owners an "Implementation:" line states that the curated workplan item lacks, as
    candidates; every difference goes in the report."""
    proposals = []
    documents = [plan["document"]["id"]]
    documents += [row["id"] for row in run_rows(
        tx, "MATCH (d:Document {id: $doc})-[:TRANSLATION_OF]-(o:Document) RETURN o.id AS id", {"doc": documents[0]})]
    for locator, implementation, owners in plan["items"]:
        found = run_rows(tx, "MATCH (w:WorkplanItem)-[:EVIDENCED_BY]->(e:Evidence {locator: $locator}) "
                             "WHERE e.document IN $documents AND w.source = 'curated' "
                             "OPTIONAL MATCH (o)-[r:RESPONSIBLE_FOR]->(w) "
                             "RETURN w.id AS item, collect(DISTINCT o.id) AS owners LIMIT 1",
                         {"locator": locator, "documents": documents})
        if not found:
            report.workplan.append(f"{locator}: no curated workplan item has this locator; owners stated: "
                                   f"{', '.join(sorted(owners)) or 'none'}")
            continue
        item, curated = found[0]["item"], set(found[0]["owners"])
        missing, extra = sorted(set(owners) - curated), sorted(curated - set(owners))
        if missing:
            report.workplan.append(f"{locator} ({item}): stated but not curated: {', '.join(missing)}")
        if extra:
            report.workplan.append(f"{locator} ({item}): curated but not stated: {', '.join(extra)}")
        for owner in missing:
            proposals.append(Candidate(
                id=candidate_id(plan["document"]["id"], locator, "workplan_owner", owners[owner], (owner,)),
                kind="workplan_owner", detail=owners[owner], bodies=(owner,), locator=locator,
                quote=quote(f"Implementation: {implementation}"), cue="Implementation:", item=item))
    return proposals


def _write_candidates(tx, plan: dict, report: IngestReport) -> None:
    candidates = list(plan["candidates"]) + _workplan_candidates(tx, plan, report)
    doc = plan["document"]
    decided = {row["id"] for row in run_rows(
        tx, "MATCH (c:Candidate) WHERE c.id IN $ids AND c.status <> 'candidate' RETURN c.id AS id",
        {"ids": [c.id for c in candidates]})}
    report.decided = len(decided)
    rows, seen = [], set()
    for c in candidates:
        if c.id in decided or c.id in seen:
            continue
        seen.add(c.id)
        report.candidates[c.kind] += 1
        evidence = hashlib.sha1(f"{doc['id']}|{c.locator}|{c.quote}".encode()).hexdigest()[:16]
        rows.append({"node": {"id": c.id, "kind": c.kind, "detail": c.detail, "bodies": list(c.bodies),
                              "document": doc["id"], "symbol": doc["symbol"], "locator": c.locator, "quote": c.quote,
                              "cue": c.cue, "proposed": c.proposed, "item": c.item, "status": "candidate",
                              "source": EXTRACTED},
                     "evidence": {"id": f"ev-x-{evidence}-{c.id[5:]}", "document": doc["id"], "symbol": doc["symbol"],
                                  "locator": c.locator, "quote": c.quote, "status": "candidate", "source": EXTRACTED}})
    for row in rows:
        row["node"] = {k: v for k, v in row["node"].items() if v is not None}
        row["evidence"] = {k: v for k, v in row["evidence"].items() if v is not None}
    tx.run("UNWIND $rows AS row MATCH (d:Document {id: $doc}) "
           "CREATE (c:Candidate) SET c = row.node, c.created_at = datetime() "
           "CREATE (e:Evidence) SET e = row.evidence "
           "CREATE (c)-[:EVIDENCED_BY {source: $source}]->(e)-[:FROM {source: $source}]->(d) "
           "WITH c, row UNWIND range(0, size(row.node.bodies) - 1) AS position "
           f"WITH c, position, row.node.bodies[position] AS body {body_named('b', 'body')} "
           "CREATE (c)-[:INVOLVES {position: position, source: $source}]->(b)",
           {"rows": rows, "doc": doc["id"], "source": EXTRACTED}).consume()


def write(graph: Graph, plan: dict, report: IngestReport) -> None:
    """Write one prepared document in one transaction, replacing its previous ingestion."""
    graph.write_transaction(lambda tx: _write(tx, plan, report))


def ingest(graph: Graph | None, path: Path, lang: str | None = None, seeds: Path = SEEDS,
           finder: MentionFinder | None = None, dry_run: bool = False, given_id: str | None = None) -> IngestReport:
    """Read, parse and extract ``path``, then (unless ``dry_run``) write it in one transaction."""
    finder = finder or MentionFinder(Resolver.from_seeds(seeds))
    report, plan = prepare(Path(path), finder, lang=lang, seeds=seeds, given_id=given_id)
    if dry_run or graph is None:
        mark_dry_run(report, plan)
    else:
        schema.init(graph)
        write(graph, plan, report)
    return report


def mark_dry_run(report: IngestReport, plan: dict) -> None:
    """A report for a plan that is not written: the candidates it would propose."""
    report.dry_run = True
    report.candidates.update(Counter(c.kind for c in plan["candidates"]))


def summary(report: IngestReport, top: int = 12) -> str:
    """The report as text for the terminal."""
    counts = report.counts
    lines = [
        f"{report.path}: {report.document_id}" + (f" ({report.symbol})" if report.symbol else "")
        + (", held in the seeds" if report.held else ""),
        f"  read as {report.format}, {report.encoding}; language {report.lang}"
        + (" (detected)" if report.lang_detected else " (given)"),
        f"  paragraphs: {counts['paragraph']} numbered, {counts['text']} unnumbered, {counts['annex_item']} annex items, "
        f"{counts['footnote']} footnotes" + (f"; annexes {', '.join(report.annexes)}" if report.annexes else ""),
        f"  mentions: {sum(report.mentions.values())} of {len(report.mentions)} bodies"
        + (": " + ", ".join(f"{body} {n}" for body, n in report.mentions.most_common(top)) if report.mentions else ""),
        f"  citations: {sum(report.citations.values())} of {len(report.citations)} documents"
        + (": " + ", ".join(f"{key} {n}" for key, n in report.citations.most_common(top)) if report.citations else ""),
        f"  candidates: {sum(report.candidates.values())} to review"
        + (" (" + ", ".join(f"{n} {kind}" for kind, n in sorted(report.candidates.items())) + ")" if report.candidates else "")
        + (f"; {report.decided} already decided, kept" if report.decided else ""),
    ]
    if report.workplan:
        lines.append(f"  workplan owners differing from the curated ones: {len(report.workplan)}")
        lines += [f"    {difference}" for difference in report.workplan]
    if report.unresolved:
        names = Counter(name for _locator, name in report.unresolved)
        lines.append(f"  names not in the registry: {len(names)} (add them to seeds/mechanisms.yaml if they are bodies)")
        first_seen = {}
        for locator, name in report.unresolved:
            first_seen.setdefault(name, locator)
        lines += [f"    {name!r} ({first_seen[name]}{', ' + str(n) + ' times' if n > 1 else ''})"
                  for name, n in names.most_common(top * 2)]
    if report.dry_run:
        lines.append("  dry run: nothing written")
    elif report.replaced:
        lines.append("  replaced the previous ingestion of this document")
    return "\n".join(lines)
