"""Connections: how two bodies are connected, each step a sentence with its evidence, the paths drawn small.

The steps come from the ``connection-paths`` question: the distinct shortest paths over
references, joint activities, shared events and focal-point liaison. A step through an activity,
an event or a focal point joins two bodies, so it reads as one sentence ("IACHR and the Special
Rapporteur on human rights defenders took part in a joint statement (2012)").
"""

import streamlit as st

from dashboard import drawing
from dashboard.common import ask, bodies, body_label, graph_or_stop, language, name_of, pick_body, stop_if_empty
from dashboard.evidence import show_evidence
from dashboard.params import keep_in_url, url_int
from registry import vocabulary

PAGE = "views/connections.py"
SHOWN_QUOTES = 3  # per step; the rest wait in an expander, counted
BETWEEN = {"Activity": "activity", "Event": "event", "FocalPoint": "liaison"}

st.title("How two bodies are connected")
graph_or_stop()
lang = language()
stop_if_empty()
st.caption(
    "The shortest chains of recorded facts between two bodies: references, joint activities, events both "
    "attended, and focal points that liaise. Each step gives the documents and quotes behind it."
)

known = bodies()
known_names = {body: row.get("name") or body for body, row in known.items()}
left, right = st.columns(2)
with left:
    source = pick_body("From", "from", PAGE, lang)
with right:
    target = pick_body("To", "to", PAGE, lang)
most = url_int("paths", 5, 1, 20, "number of paths")
keep_in_url(**{"from": source, "to": target, "paths": None if most == 5 else most})
if not source or not target:
    st.info("Pick two bodies, by any name or acronym, to see how they are connected.")
    st.stop()
if source == target:
    st.info("Pick two different bodies.")
    st.stop()

# Back to the network, drawn around the first body with the second one's details: the pair in context.
st.page_link(
    "views/network.py",
    label=f"See {name_of(source, lang, short=True)} and {name_of(target, lang, short=True)} in the network",
    query_params={"body": known_names[source], "node": target, "depth": 2} | ({"lang": lang} if lang != "en" else {}),
    icon=":material/hub:",
)
paths = ask("connection-paths", source=source, target=target, limit=most)
if not paths:
    st.info(f"No chain of at most 8 recorded facts joins {name_of(source, lang)} and {name_of(target, lang)}.")
    st.stop()


def year(node: dict) -> str:
    return f" ({node['start'][:4]})" if node.get("start") else ""


def merged(*steps: dict) -> list[dict]:
    """The evidence of steps that stand for one fact, each quote once."""
    seen, quotes = set(), []
    for step in steps:
        for quote in step["evidence"]:
            mark = (quote["document"], quote["locator"], quote["quote"])
            if mark not in seen:
                seen.add(mark)
                quotes.append(quote)
    return quotes


def reference_sentence(step: dict, first: str, second: str) -> str:
    """What one body says of the other, in both directions, each kind of reference once with its status."""
    names = {step["from"]: first, step["to"]: second}
    said = []
    for fact in step["facts"]:
        who, whom = (step["from"], step["to"]) if fact["forward"] else (step["to"], step["from"])
        status = vocabulary.REFERENCE_STATUSES.label(fact["status"], lang) if fact.get("status") else ""
        said.append(
            f"{names[who]} {vocabulary.REFERENCE_KINDS.label(fact['kind'], lang)} {names[whom]}"
            + (f" ({status})" if status else "")
        )
    return "; ".join(dict.fromkeys(said)) + "."


#: The sentence of a step through an activity, an event or a focal point, in each label language.
SAID = {
    "en": {
        "activity": "{a} and {b} took part in {article} {detail}{year}: “{name}”.",
        "organised": "{organiser} organised {name}{year}, which {other} attended.",
        "both": "{a} and {b} both took part in {name}{year}.",
        "liaison": "{a} and {b} are linked through a focal point: {name}.",
    },
    "fr": {
        "activity": "{a} et {b} ont pris part à « {name} »{year} ({detail}).",
        "organised": "{organiser} a organisé {name}{year}, auquel {other} a pris part.",
        "both": "{a} et {b} ont tous deux pris part à {name}{year}.",
        "liaison": "{a} et {b} sont liés par un point focal : {name}.",
    },
    "zh": {
        "activity": "{a}和{b}共同参与了“{name}”{year}（{detail}）。",
        "organised": "{organiser}组织了{name}{year}，{other}出席。",
        "both": "{a}和{b}都参加了{name}{year}。",
        "liaison": "{a}和{b}通过一个联络点相联系：{name}。",
    },
    "es": {
        "activity": "{a} y {b} participaron en «{name}»{year} ({detail}).",
        "organised": "{organiser} organizó {name}{year}, al que asistió {other}.",
        "both": "{a} y {b} participaron en {name}{year}.",
        "liaison": "{a} y {b} están vinculados por un punto focal: {name}.",
    },
}


def through_sentence(node: dict, names: dict[str, str], steps: list[dict]) -> str:
    """Two bodies (``names``: id → name, in path order) joined by an activity, an event or a focal point."""
    first, second = names.values()
    said = SAID.get(lang, SAID["en"])
    if node["label"] == "Activity":
        kind = (
            vocabulary.ACTIVITY_KINDS.label(node["kind"], lang)
            if node.get("kind")
            else vocabulary.LINK_TYPES.label("activity", lang)
        )
        status = vocabulary.ACTIVITY_STATUSES.label(node["status"], lang) if node.get("status") else ""
        if lang == "en":  # "a joint statement (2012), held"
            detail, when = kind + year(node) + (f", {status}" if status else ""), ""
        else:  # "… (2012) (déclaration conjointe, réalisé)"
            detail, when = ", ".join(filter(None, (kind, status))), year(node)
        article = "an" if kind[:1] in "aeiou" else "a"
        return said["activity"].format(a=first, b=second, article=article, detail=detail, year=when, name=node["name"])
    if node["label"] == "Event":
        # Who organised it: the body at the other end of an ORGANIZED step.
        organisers = [
            names.get(step["to"] if step["from"] == node["id"] else step["from"])
            for step in steps
            if any(fact["type"] == "ORGANIZED" for fact in step["facts"])
        ]
        organisers = [name for name in organisers if name]
        if len(organisers) == 1:
            other = second if organisers[0] == first else first
            return said["organised"].format(organiser=organisers[0], other=other, name=node["name"], year=year(node))
        return said["both"].format(a=first, b=second, name=node["name"], year=year(node))
    return said["liaison"].format(a=first, b=second, name=node["name"])


def sentences(path: dict) -> list[tuple[str, list[dict], tuple[str, str, str], bool]]:
    """The path as (sentence, evidence, drawn edge, whether the evidence is all of it) from body to body."""
    nodes, steps = path["nodes"], path["steps"]
    said, i = [], 0
    while i < len(steps):
        first = nodes[i]
        # The next body along the path: everything between is an activity, event or focal point.
        j = i + 1
        while nodes[j]["label"] in BETWEEN and j < len(nodes) - 1:
            j += 1
        between = steps[i:j]
        one, other = name_of(first["id"], lang, short=True), name_of(nodes[j]["id"], lang, short=True)
        if j == i + 1:
            said.append(
                (
                    reference_sentence(steps[i], one, other),
                    merged(steps[i]),
                    (first["id"], nodes[j]["id"], "references"),
                    steps[i]["complete"],
                )
            )
        else:
            node = nodes[i + 1]
            said.append(
                (
                    through_sentence(node, {first["id"]: one, nodes[j]["id"]: other}, between),
                    merged(*between),
                    (first["id"], nodes[j]["id"], BETWEEN[node["label"]]),
                    all(step["complete"] for step in between),
                )
            )
        i = j
    return said


def show_quotes(evidence: list[dict], complete: bool) -> None:
    show_evidence(evidence[:SHOWN_QUOTES])
    if len(evidence) > SHOWN_QUOTES:
        more = len(evidence) - SHOWN_QUOTES
        with st.expander(f"and {more} more {'quote' if more == 1 else 'quotes'}"):
            show_evidence(evidence[SHOWN_QUOTES:])
    if not complete:
        # Two busy bodies are linked by thousands of quotes: the question gives the first ones.
        st.caption(f"The first {len(evidence)} quotes of this step are shown; the documents give more.")


edges: dict[tuple[str, str, str], int] = {}
st.caption(
    f"{len(paths)} shortest {'path' if len(paths) == 1 else 'paths'} of {paths[0]['length']} "
    f"{'step' if paths[0]['length'] == 1 else 'steps'} between {name_of(source, lang)} and {name_of(target, lang)}."
)
for number, path in enumerate(paths, 1):
    st.subheader(f"Path {number}")
    for sentence, evidence, edge, complete in sentences(path):
        edges[edge] = edges.get(edge, 0) + 1
        with st.container(border=True):
            st.markdown(sentence)
            show_quotes(evidence, complete)

st.subheader("The paths, drawn")
# Source on the left, target on the right, each path on a row of its own; a body on several paths sits once.
positions: dict[str, tuple[float, float]] = {}
for row, path in enumerate(paths):
    along = [node["id"] for node in path["nodes"] if node["id"] in known]
    for column, body in enumerate(along):
        x = 0.0 if body == source else 1.0 if body == target else column / max(len(along) - 1, 1)
        positions.setdefault(body, (x * 600, 0.0 if body in (source, target) else (row - (len(paths) - 1) / 2) * 120))
drawn = [{**known[body], "degree": 3 if body in (source, target) else 1} for body in positions]
lines = [
    {"source": a, "target": b, "type": kind, "weight": count, "details": [f"{count} path(s)"]}
    for (a, b, kind), count in edges.items()
]
st.iframe(drawing.pyvis_html(drawn, lines, positions, lang=lang, height=360), height=380)
st.caption(f"Bodies are drawn by their acronym; {body_label(known[source], lang)} is on the left.")
