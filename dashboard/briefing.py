"""A one-page briefing for a meeting, as a standalone HTML file (the network as an image)."""

from __future__ import annotations

import base64
import datetime
import html


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>" if items else "<p class=none>None.</p>"


def briefing_html(
    title: str, attendees: list[dict], gaps: list[dict], network_png: bytes, legend: str, sources: list[str]
) -> str:
    """The whole briefing: attendees' items, activities and references, gaps, network, legend, sources."""
    escape = html.escape
    sections = []
    for row in attendees:
        items = [
            f"{escape(i['code'])} ({escape(i['role'].replace('_', ' '))}): {escape(i['title'] or '')}"
            for i in row["open_items"]
        ]
        activities = [
            f"{escape(a['start'] or 'undated')}: {escape(a['title'])} ({escape(a['status'])})"
            for a in row["recent_activities"]
        ]
        cites = [
            f"cites {escape(r['body'])} ({escape(r['kind'].replace('_', ' '))})" for r in row["references_to_attendees"]
        ]
        cited = [
            f"cited by {escape(r['body'])} ({escape(r['kind'].replace('_', ' '))})"
            for r in row["referenced_by_attendees"]
        ]
        sections.append(
            f"<section><h2>{escape(row['name'])} <small>[{escape(row['body'])}]</small></h2>"
            f"<h3>Open workplan items</h3>{_list(items)}<h3>Recent joint activities</h3>{_list(activities)}"
            f"<h3>References between attendees</h3>{_list(cites + cited)}</section>"
        )
    gap_items = [f"{escape(g['code'])}: {escape(g['title'] or '')} — {escape(g['gap'])}" for g in gaps]
    image = base64.b64encode(network_png).decode()
    today = datetime.date.today().isoformat()
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; color: #222; line-height: 1.45 }}
h1 {{ font-size: 1.6rem }} h2 {{ font-size: 1.2rem; border-bottom: 1px solid #ccc }} h3 {{ font-size: 1rem; margin-bottom: .2rem }}
small {{ color: #666; font-weight: normal }} .none {{ color: #777 }} img {{ max-width: 100% }}
.columns {{ display: flex; gap: 1.5rem }} .sources {{ font-size: .8rem; color: #555 }}
@media print {{ section {{ break-inside: avoid }} }}
</style></head><body>
<h1>{escape(title)}</h1>
<p>MechGraph briefing, {today}. Attendees: {escape(", ".join(row["name"] for row in attendees))}.</p>
<div class="columns"><div><img alt="Network of the attendees" src="data:image/png;base64,{image}"></div><div>{legend}</div></div>
{"".join(sections)}
<section><h2>Gaps: items owned by nobody in particular</h2>{_list(gap_items)}</section>
<p class="sources">Sources: {escape("; ".join(sources))}. Every fact comes with its paragraph and quote in MechGraph.</p>
</body></html>
"""


def attendees_network(network: dict, attendees: list[str]) -> tuple[list[dict], list[dict]]:
    """The part of a drawn network among the attendees."""
    wanted = set(attendees)
    nodes = [node for node in network["nodes"] if node["id"] in wanted]
    edges = [edge for edge in network["edges"] if edge["source"] in wanted and edge["target"] in wanted]
    return nodes, edges


def sources_of(documents: list[dict]) -> list[str]:
    return [document.get("symbol") or document["id"] for document in documents]
