"""A briefing for a meeting, gathered once and given in three forms: the page, a standalone HTML file, a PDF.

:func:`gather` asks the catalogue (``briefing``, ``briefing-gaps``, ``network``, ``documents``)
through whatever ``ask`` it is given: the page passes :func:`dashboard.common.ask`, the
benchmark a plain catalogue run. What it returns is plain data, each line a sentence with the
fact it states (its evidence is ``fact-evidence`` of that id) and the document, locator and
quote behind it; :func:`to_html` here and :func:`dashboard.print.to_pdf` lay it out.
"""

from __future__ import annotations

import base64
import datetime
import html
from collections.abc import Callable
from dataclasses import dataclass, field

from dashboard.common import body_label
from dashboard.words import WORDS
from registry.vocabulary import (
    ACTIVITY_STATUSES,
    LANGUAGES,
    OWNER_ROLES,
    PROGRESS_STATUSES,
    REFERENCE_KINDS,
    REFERENCE_STATUSES,
)

__all__ = ["Line", "Attendee", "Briefing", "FOCAL_POINTS_WORKPLAN", "gather", "to_html", "source_of", "UNDATED"]

#: The workplan the focal points agreed on (A/HRC/23/18, annex II): where a meeting of focal points looks for gaps.
FOCAL_POINTS_WORKPLAN = "fp-meeting-2012-workplan"
#: How an activity without a date is said (in English; dashboard.words has it in every label language).
UNDATED = WORDS.label("undated")


@dataclass
class Line:
    """One fact of the briefing: what it is about, the sentence, and where it is written."""

    about: str
    text: str
    fact: str | None = None
    source: str = ""
    quote: str = ""
    #: The document, as "A/HRC/23/18 (English)": the sources list each once.
    document: str | None = None
    #: The same sentence with the bodies named in English, for print where the chosen language has no font.
    text_en: str = ""


@dataclass
class Attendee:
    body: str
    label: str
    #: The label in English, for print when the system has no font for the chosen language.
    label_en: str
    actions: list[Line] = field(default_factory=list)
    activities: list[Line] = field(default_factory=list)
    references: list[Line] = field(default_factory=list)
    focal_points: list[Line] = field(default_factory=list)
    moved: list[Line] = field(default_factory=list)  # workplan progress since the date asked

    @property
    def lines(self) -> list[Line]:
        return self.actions + self.moved + self.activities + self.references + self.focal_points


@dataclass
class Briefing:
    title: str
    lang: str
    date: str
    attendees: list[Attendee]
    gaps: list[Line]
    #: The attendees with no focal point of their own (labels).
    without_focal_point: list[str]
    #: Every document the briefing rests on, once: "A/HRC/23/18 (English): its title".
    sources: list[str]
    nodes: list[dict]
    edges: list[dict]
    #: The date from which workplan progress is shown ("moved since"), if asked.
    since: str | None = None


def source_of(row: dict) -> str:
    """Where a fact is written, as a reader finds it: symbol, language, locator.

    >>> source_of({"symbol": "A/HRC/23/18", "language": "en", "locator": "annex II, mid-term 7"})
    'A/HRC/23/18 (English), annex II, mid-term 7'
    >>> source_of({"symbol": None, "locator": None})
    ''
    """
    if not row.get("symbol"):
        return ""
    language = f" ({LANGUAGES.label(row['language'])})" if row.get("language") else ""
    return f"{row['symbol']}{language}" + (f", {row['locator']}" if row.get("locator") else "")


def _document(row: dict) -> str | None:
    return source_of({"symbol": row.get("symbol"), "language": row.get("language")}) or None


def _sentence(text: str, limit: int = 400) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def gather(
    ask: Callable[..., list[dict]],
    attendees: list[str],
    known: dict[str, dict],
    lang: str = "en",
    title: str = "Briefing for the meeting of focal points",
    workplan: str | None = FOCAL_POINTS_WORKPLAN,
    since: str | None = None,
) -> Briefing:
    """Everything the briefing states about ``attendees`` (ids), in the label language ``lang``; with
    ``since`` (a date), also the workplan progress each recorded on or after it."""

    def label(body: str, language: str = lang) -> str:
        return body_label(known.get(body, {"id": body}), language)

    people = []
    found = ask("briefing", bodies=attendees)
    for row in found:
        body = row["body"]
        person = Attendee(body, label(body), label(body, "en"))
        for item in row["open_items"]:
            role = OWNER_ROLES.label(item["role"], lang)
            person.actions.append(
                Line(
                    f"open action ({role})",
                    f"{item['code']}: {_sentence(item['text'])}",
                    item["item"],
                    source_of(item),
                    item["quote"] or "",
                    _document(item),
                )
            )
        if row["open_actions"] > len(row["open_items"]):
            more = f"and {row['open_actions'] - len(row['open_items'])} more open actions, not listed here"
            person.actions.append(Line("open actions", more, text_en=more))
        for activity in row["recent_activities"]:

            def dated(language: str, activity: dict = activity) -> str:
                status = ACTIVITY_STATUSES.label(activity["status"], language) if activity.get("status") else ""
                start = activity["start"] or WORDS.label("undated", language)
                return f"{start}: {activity['title']}" + (f" ({status})" if status else "")

            person.activities.append(
                Line(
                    "joint activity",
                    dated(lang),
                    activity["activity"],
                    source_of(activity),
                    document=_document(activity),
                    text_en=dated("en"),
                )
            )
        for outgoing, references in ((True, row["references_to_attendees"]), (False, row["referenced_by_attendees"])):
            for reference in references:
                source, target = (body, reference["body"]) if outgoing else (reference["body"], body)

                def said(language: str, reference: dict = reference, source: str = source, target: str = target) -> str:
                    kind = REFERENCE_KINDS.label(reference["kind"], language)
                    status = REFERENCE_STATUSES.label(reference["status"], language) if reference.get("status") else ""
                    return f"{label(source, language)} {kind}: {label(target, language)}" + (
                        f" ({status})" if status else ""
                    )

                person.references.append(
                    Line(
                        "reference",
                        said(lang),
                        reference.get("reference"),
                        source_of(reference),
                        text_en=said("en"),
                        document=_document(reference),
                    )
                )
        for point in row["focal_points"]:
            held, held_en = (
                (f" (held for {label(point['held_for'])})", f" (held for {label(point['held_for'], 'en')})")
                if point.get("held_for")
                else ("", "")
            )
            person.focal_points.append(
                Line("focal point", point["title"] + held, point["focal_point"], text_en=point["title"] + held_en)
            )
        if since:
            for moved in ask("progress-since", since=since, workplan=workplan):
                if moved["owner"] == body:
                    status = PROGRESS_STATUSES.label(moved["status"], lang)
                    note = f" — {moved['note']}" if moved.get("note") else ""
                    person.moved.append(
                        Line(
                            f"moved since {since}",
                            f"{moved['code']}: {status} ({moved['date']}){note}",
                            moved["progress"],
                            source_of({"symbol": moved["document"], "locator": moved["locator"]}),
                            moved["quote"] or "",
                        )
                    )
        people.append(person)

    def owners(gap: dict, language: str = lang) -> str:
        return ", ".join(label(owner, language) for owner in gap["owners"])

    gap_rows = ask("briefing-gaps", bodies=attendees, workplan=workplan)
    gaps = [
        Line(
            "owned only collectively",
            f"{gap['code']}: {_sentence(gap['text'])} — owners: {owners(gap)}",
            gap["item"],
            source_of(gap),
            gap["quote"] or "",
            _document(gap),
            text_en=f"{gap['code']}: {_sentence(gap['text'])} — owners: {owners(gap, 'en')}",
        )
        for gap in gap_rows
    ]
    network = ask("network", relationships=None, among=attendees, max_nodes=0, max_edges=0)[0]
    wanted = set(attendees)
    nodes = [node for node in network["nodes"] if node["id"] in wanted]
    edges = [edge for edge in network["edges"] if edge["source"] in wanted and edge["target"] in wanted]
    drawn = {node["id"] for node in nodes}
    nodes += [{**known.get(body, {"id": body}), "degree": 0} for body in attendees if body not in drawn]

    # the titles of the documents the lines name, looked up by their symbols
    lists = ("open_items", "recent_activities", "references_to_attendees", "referenced_by_attendees")
    symbols = {line.get("symbol") for row in found for name in lists for line in row[name]}
    symbols |= {gap.get("symbol") for gap in gap_rows}
    titles = {
        source_of({"symbol": row.get("symbol") or row["id"], "language": row.get("lang")}): row.get("title")
        for row in ask("document-names", symbols=sorted(symbol for symbol in symbols if symbol))[0]["documents"]
    }
    used = sorted({line.document for person in people for line in person.lines + gaps if line.document})
    sources = [document + (f": {titles[document]}" if titles.get(document) else "") for document in used]
    return Briefing(
        title=title,
        lang=lang,
        date=datetime.date.today().isoformat(),
        since=since,
        attendees=people,
        gaps=gaps,
        without_focal_point=[person.label for person in people if not person.focal_points],
        sources=sources,
        nodes=nodes,
        edges=edges,
    )


# -- the standalone HTML file ------------------------------------------------------------------
_STYLE = """
body { font-family: system-ui, "Noto Sans", "Noto Sans CJK SC", sans-serif; max-width: 62rem; margin: 2rem auto;
       padding: 0 1rem; color: #222; line-height: 1.45 }
h1 { font-size: 1.6rem } h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; margin-top: 2rem }
h3 { font-size: 1rem; margin: 1rem 0 .2rem } .none { color: #777 } figure { margin: 1rem 0 }
figure img { display: block; width: 100%; height: auto } .where { color: #555; font-size: .85rem }
blockquote { margin: .2rem 0 .2rem 1rem; color: #444; font-size: .9rem } ul { padding-left: 1.2rem }
.sources li { font-size: .85rem } @media print { section { break-inside: avoid-page } figure { break-inside: avoid } }
"""


def _items(lines: list[Line], empty: str = "None.") -> str:
    if not lines:
        return f'<p class="none">{html.escape(empty)}</p>'
    out = []
    for line in lines:
        where = f'<br><span class="where">{html.escape(line.source)}</span>' if line.source else ""
        quote = (
            f"<blockquote>“{html.escape(line.quote)}”</blockquote>"
            if line.quote and line.quote not in line.text
            else ""
        )
        out.append(f"<li>{html.escape(line.text)}{where}{quote}</li>")
    return "<ul>" + "".join(out) + "</ul>"


def to_html(briefing: Briefing, network_png: bytes) -> str:
    """The whole briefing as one file that opens anywhere: the network full width, then each attendee."""
    escape = html.escape

    def moved(person: Attendee) -> str:
        if not briefing.since:
            return ""
        return f"<h3>Moved since {escape(briefing.since)}</h3>{_items(person.moved, 'Nothing recorded.')}"

    sections = []
    for person in briefing.attendees:
        sections.append(
            f"<section><h2>{escape(person.label)}</h2>"
            f"<h3>Open workplan actions</h3>{_items(person.actions)}"
            f"{moved(person)}"
            f"<h3>Recent joint activities</h3>{_items(person.activities)}"
            f"<h3>References between attendees</h3>{_items(person.references, 'None between these attendees.')}"
            f"<h3>Focal point</h3>{_items(person.focal_points, 'No focal point recorded.')}</section>"
        )
    missing = ", ".join(briefing.without_focal_point) or "none"
    image = base64.b64encode(network_png).decode()
    sources = "".join(f"<li>{escape(source)}</li>" for source in briefing.sources)
    return f"""<!doctype html>
<html lang="{escape(briefing.lang)}"><head><meta charset="utf-8"><title>{escape(briefing.title)}</title>
<style>{_STYLE}</style></head><body>
<h1>{escape(briefing.title)}</h1>
<p>MechGraph briefing, {briefing.date}. Attendees: {escape("; ".join(p.label for p in briefing.attendees))}.</p>
<figure><img alt="Network of the attendees" src="data:image/png;base64,{image}"></figure>
{"".join(sections)}
<section><h2>Gaps</h2><h3>Attendees without a focal point</h3><p>{escape(missing)}.</p>
<h3>Workplan actions owned only collectively</h3>{_items(briefing.gaps)}</section>
<section class="sources"><h2>Sources</h2><ul>{sources}</ul>
<p class="where">Every line above comes with its paragraph and quote in MechGraph.</p></section>
</body></html>
"""
