"""Drawing the network: pyvis for the page, and its legend (the figure for print is in dashboard.figure).

Colours come from the Okabe-Ito palette, which stays distinguishable with the common forms of
colour blindness; shapes tell the node type and line styles the edge type, so that nothing
rests on colour alone. Positions come from :mod:`dashboard.layout`.
"""

from __future__ import annotations

import html
import itertools
import re

from dashboard.words import WORDS
from registry import vocabulary

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
GREY = "#999999"
#: The colours of the systems and regions: the palette in order (for regions from its second
#: colour, so that "global" keeps the UN's blue).
COLOURS = {
    "system": dict(zip(vocabulary.SYSTEMS, itertools.cycle(OKABE_ITO))),
    "region": dict(
        zip(
            vocabulary.REGIONS,
            itertools.cycle(["#E69F00", "#009E73", "#56B4E9", "#CC79A7", "#D55E00", "#0072B2", "#F0E442", "#000000"]),
        )
    ),
}
#: vis-network shape, matplotlib marker, legend text
SHAPES = {
    "Mechanism": ("dot", "o", "body"),
    "Organization": ("square", "s", "organisation"),
    "generic": ("diamond", "D", "class of bodies (e.g. NHRIs)"),
}
#: link type (registry.vocabulary.LINK_TYPES) -> (vis-network dashes, matplotlib line style, colour)
_STYLES = {
    "references": (False, "-", "#333333"),
    "activity": ([8, 4], "--", "#0072B2"),
    "event": ([2, 4], ":", "#E69F00"),
    "liaison": ([10, 3, 2, 3], "-.", "#009E73"),
}
#: link type -> (vis-network dashes, matplotlib line style, colour, legend text)
EDGES = {
    kind: (
        *_STYLES.get(kind, ([4, 4], "--", GREY)),
        vocabulary.LINK_TYPES.label(kind) + (" (arrow: who cites whom)" if kind == "references" else ""),
    )
    for kind in vocabulary.LINK_TYPES
}


#: link status (registry.vocabulary.ACTIVITY_STATUSES) -> (vis-network dashes, legend mark, legend text)
STATUSES = {
    "held": (False, "━━", "held (took place, or in practice)"),
    "planned": ([10, 6], "╍╍", "planned"),
    "proposed": ([2, 6], "┈┈", "proposed (a workplan or recommendation only)"),
}
#: Edge colours where the node is not in the highlighted neighbourhood, and its label hidden.
DIMMED = "rgba(190,190,190,0.35)"
#: What a link of each type says, with the number of facts behind it (one, many), in each label language.
_SENTENCES = {
    "en": {
        "references": ("{a} cites {b} in {n} {things}", "place", "places"),
        "activity": ("{a} and {b} took part in {n} {things}", "joint activity", "joint activities"),
        "event": ("{a} and {b} met at {n} {things}", "event", "events"),
        "liaison": ("{a} liaises with {b} through {n} {things}", "focal point", "focal points"),
        None: ("{a} and {b} are linked by {n} {things}", "fact", "facts"),
    },
    "fr": {
        "references": ("{a} cite {b} à {n} {things}", "endroit", "endroits"),
        "activity": ("{a} et {b} ont pris part à {n} {things}", "activité conjointe", "activités conjointes"),
        "event": ("{a} et {b} se sont rencontrés lors de {n} {things}", "manifestation", "manifestations"),
        "liaison": ("{a} assure la liaison avec {b} par {n} {things}", "point focal", "points focaux"),
        None: ("{a} et {b} sont liés par {n} {things}", "fait", "faits"),
    },
    "zh": {
        "references": ("{a}在{n}{things}引用{b}", "处", "处"),
        "activity": ("{a}与{b}共同参加了{n}{things}", "项联合活动", "项联合活动"),
        "event": ("{a}与{b}在{n}{things}中会面", "次活动", "次活动"),
        "liaison": ("{a}通过{n}{things}与{b}联络", "名协调人", "名协调人"),
        None: ("{a}与{b}有{n}{things}联系", "项事实", "项事实"),
    },
    "es": {
        "references": ("{a} cita a {b} en {n} {things}", "lugar", "lugares"),
        "activity": ("{a} y {b} participaron en {n} {things}", "actividad conjunta", "actividades conjuntas"),
        "event": ("{a} y {b} se reunieron en {n} {things}", "evento", "eventos"),
        "liaison": ("{a} mantiene enlace con {b} mediante {n} {things}", "coordinador", "coordinadores"),
        None: ("{a} y {b} están vinculados por {n} {things}", "hecho", "hechos"),
    },
}


def node_colour(node: dict, colour_by: str) -> str:
    return COLOURS[colour_by].get(node.get(colour_by) or "", GREY)


def node_shape(node: dict) -> str:
    return "generic" if node.get("generic") else node.get("label", "Mechanism")


def label_of(node: dict, lang: str) -> str:
    name = (node.get(f"name_{lang}") if lang != "en" else None) or node.get("name") or node["id"]
    acronyms = node.get("acronyms") or []
    return acronyms[0] if acronyms else (name if len(name) <= 28 else name[:26] + "…")


def short_name(node: dict, lang: str) -> str:
    """A body's name in ``lang`` (English when it has none), its acronym when the name is long.

    >>> short_name({"id": "x", "name": "Inter-American Court of Human Rights", "acronyms": ["IACourtHR"]}, "en")
    'Inter-American Court of Human Rights'
    >>> short_name({"id": "x", "name": "Office of the United Nations High Commissioner for Human Rights",
    ...             "acronyms": ["OHCHR"]}, "fr")
    'OHCHR'
    """
    name = (node.get(f"name_{lang}") if lang != "en" else None) or node.get("name") or node["id"]
    acronyms = node.get("acronyms") or []
    return acronyms[0] if len(name) > 40 and acronyms else name


#: How a sentence's notes (years, statuses) are set off, and how it ends, in each label language.
_PUNCTUATION = {
    "en": {"open": " (", "close": ")", "sep": "; ", "end": "."},
    "zh": {"open": "（", "close": "）", "sep": "；", "end": "。"},
}


def sentence_words(lang: str = "en") -> dict:
    """The words a link's sentence is made of in ``lang``: per link type (``other`` for any other) its pattern and
    the thing counted (one, many); the statuses' names; and the punctuation. The canvas
    (dashboard/frontend/canvas.html) makes each link's tooltip from them as :func:`edge_sentence` does.

    >>> sentence_words("fr")["links"]["event"]
    ['{a} et {b} se sont rencontrés lors de {n} {things}', 'manifestation', 'manifestations']
    >>> sentence_words("zh")["statuses"]["proposed"], sentence_words("zh")["end"]
    ('拟议', '。')
    """
    sentences = _SENTENCES.get(lang, _SENTENCES["en"])
    return {
        "links": {"other" if kind is None else kind: list(forms) for kind, forms in sentences.items()},
        "statuses": {
            status: vocabulary.ACTIVITY_STATUSES.label(status, lang) for status in vocabulary.ACTIVITY_STATUSES
        },
        **_PUNCTUATION.get(lang, _PUNCTUATION["en"]),
    }


def sentence_fields(edge: dict) -> dict:
    """What a link's sentence says besides the bodies' names: the facts behind it (``weight``, left out when one),
    its years (``first``, ``last``) when both are known, and its facts by status (``statuses``, those with any).

    >>> sentence_fields({"source": "a", "target": "b", "type": "activity", "weight": 3, "first": 2012, "last": 2012,
    ...                  "statuses": [{"status": "held", "facts": 1}, {"status": "proposed", "facts": 2},
    ...                               {"status": "planned", "facts": 0}]})
    {'weight': 3, 'first': 2012, 'last': 2012, 'statuses': {'held': 1, 'proposed': 2}}
    """
    fields = {}
    if (edge.get("weight") or 1) != 1:
        fields["weight"] = edge["weight"]
    if edge.get("first") and edge.get("last"):
        fields["first"], fields["last"] = edge["first"], edge["last"]
    statuses = {row["status"]: row["facts"] for row in edge.get("statuses") or [] if row.get("facts")}
    if statuses:
        fields["statuses"] = statuses
    return fields


def edge_sentence(edge: dict, names: dict[str, str], lang: str = "en") -> str:
    """What a link says, in a sentence in ``lang`` with the bodies' names, its years when known, and its status.

    >>> edge_sentence({"source": "iachr", "target": "iacthr", "type": "references", "weight": 4,
    ...                "first": 2010, "last": 2012}, {"iachr": "IACHR", "iacthr": "the Inter-American Court"})
    'IACHR cites the Inter-American Court in 4 places (2010–2012).'
    >>> edge_sentence({"source": "a", "target": "b", "type": "activity", "weight": 3, "first": 2012, "last": 2012,
    ...                "statuses": [{"status": "held", "facts": 1}, {"status": "proposed", "facts": 2}]},
    ...               {"a": "ACHPR", "b": "OHCHR"})
    'ACHPR and OHCHR took part in 3 joint activities (2012; 1 held, 2 proposed).'
    >>> edge_sentence({"source": "a", "target": "b", "type": "activity", "weight": 2,
    ...                "statuses": [{"status": "proposed", "facts": 2}]}, {"a": "ACHPR", "b": "OHCHR"}, "zh")
    'ACHPR与OHCHR共同参加了2项联合活动（拟议）。'
    """
    source, target = edge["source"], edge["target"]
    return link_sentence(
        edge["type"], sentence_fields(edge), names.get(source, source), names.get(target, target), lang
    )


def link_sentence(kind: str, fields: dict, one: str, other: str, lang: str = "en") -> str:
    """The sentence of a link of type ``kind`` between ``one`` and ``other``, from its :func:`sentence_fields` and
    the :func:`sentence_words` of ``lang``: what the canvas (dashboard/frontend/canvas.html) does in the browser."""
    words = sentence_words(lang)
    pattern, single, many = words["links"].get(kind, words["links"]["other"])
    count = fields.get("weight", 1)
    values = {"a": one, "b": other, "n": str(count), "things": single if count == 1 else many}
    text = re.sub(r"\{(a|b|n|things)\}", lambda match: values[match[1]], pattern)
    first, last = fields.get("first"), fields.get("last")
    notes = [str(first) if first == last else f"{first}–{last}"] if first and last else []
    statuses = list((fields.get("statuses") or {}).items())
    if len(statuses) == 1 and statuses[0][0] != "held":
        notes.append(words["statuses"].get(statuses[0][0], statuses[0][0]))
    elif len(statuses) > 1:
        notes.append(", ".join(f"{facts} {words['statuses'].get(status, status)}" for status, facts in statuses))
    return text + (words["open"] + words["sep"].join(notes) + words["close"] if notes else "") + words["end"]


def shape_text(shape: str, lang: str = "en") -> str:
    """The legend's words for a node shape (a key of :data:`SHAPES`)."""
    return WORDS.label({"Mechanism": "body", "Organization": "organisation"}.get(shape, "class"), lang)


def edge_text(kind: str, lang: str = "en") -> str:
    """The legend's words for a link type: its name, and for references which way the arrow points."""
    text = vocabulary.LINK_TYPES.label(kind, lang)
    return f"{text} {WORDS.label('arrow', lang)}" if kind == "references" else text


def status_text(status: str, lang: str = "en") -> str:
    """The legend's words for a link status (a key of :data:`STATUSES`), with what held and proposed mean."""
    return WORDS.label(status, lang) if status in WORDS else vocabulary.ACTIVITY_STATUSES.label(status, lang)


def faded(colour: str, alpha: float = 0.6) -> str:
    """A hex colour as rgba with some transparency, so that crossing edges do not hide the nodes.

    >>> faded("#0072B2", 0.5)
    'rgba(0,114,178,0.5)'
    """
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def node_sizes(nodes: list[dict]) -> dict[str, float]:
    """Disc radii from 8 to 26 canvas units, by the square root of the degree relative to the largest."""
    top = max((node.get("degree") or 1 for node in nodes), default=1)
    return {node["id"]: round(8 + 18 * ((node.get("degree") or 1) / top) ** 0.5, 1) for node in nodes}


def labelled(nodes: list[dict], focus: str | None = None) -> set[str]:
    """The nodes whose label is drawn: the best connected (about 2.2 √n of them) and the focus; the others on hover."""
    count = min(len(nodes), max(10, round(2.2 * len(nodes) ** 0.5)))
    ranked = sorted(nodes, key=lambda node: (-(node.get("degree") or 0), node["id"]))
    return {node["id"] for node in ranked[:count]} | ({focus} if focus else set())


#: The label's font size, in canvas units (they grow and shrink with the drawing).
FONT = 16


def label_boxes(nodes: list[dict], lang: str, sizes: dict[str, float], shown: set[str]) -> dict[str, tuple]:
    """Per node, the half width, half height and downward shift of the box its disc and label fill."""
    boxes = {}
    for node in nodes:
        radius = sizes[node["id"]]
        if node["id"] in shown:
            width = max(2 * radius, 0.62 * FONT * len(label_of(node, lang)))
            height = 2 * radius + 1.4 * FONT
            boxes[node["id"]] = (width / 2 + 4, height / 2 + 4, 0.7 * FONT)
        else:
            boxes[node["id"]] = (radius + 4, radius + 4, 0.0)
    return boxes


def network_model(
    nodes: list[dict],
    edges: list[dict],
    positions: dict,
    colour_by: str = "system",
    lang: str = "en",
    physics: bool = False,
    height: int = 650,
    sentences: bool = True,
):
    """The network as a pyvis ``Network`` on fixed positions: nodes sized and labelled by importance,
    one edge per pair and link type (width: the facts behind it; colour: its type; line: its status),
    parallel edges curved apart, and a sentence for each edge's tooltip; without ``sentences``, each edge
    carries its :func:`sentence_fields` instead, from which the canvas makes the sentence."""
    from pyvis.network import Network

    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    sizes = node_sizes(nodes)
    shown = labelled(nodes)
    names = {node["id"]: short_name(node, lang) for node in nodes}
    # Nodes and edges are given to pyvis whole: its add_node and add_edge look through every node
    # already added, which costs seconds at a few thousand nodes.
    net.nodes = []
    for node in nodes:
        x, y = positions.get(node["id"], (0.0, 0.0))
        full = (node.get(f"name_{lang}") if lang != "en" else None) or node.get("name") or node["id"]
        label = label_of(node, lang)
        net.nodes.append(
            {
                "id": node["id"],
                "label": label if node["id"] in shown else " ",
                "fullLabel": label,
                "title": full,
                # The name its links' sentences give it, where not the full name (made in the canvas).
                **({"shortName": names[node["id"]]} if not sentences and names[node["id"]] != full else {}),
                "color": node_colour(node, colour_by),
                "shape": SHAPES[node_shape(node)][0],
                "size": sizes[node["id"]],
                "x": round(x, 1),
                "y": round(y, 1),
            }
        )
    net.node_ids = [node["id"] for node in net.nodes]
    net.edges = []
    # Dashes grow with the drawing (whose width grows with the square root of the number of
    # nodes), so that they look the same once it is fitted to the frame.
    stretch = max(1.0, (len(nodes) / 150) ** 0.5)
    default_colour = faded(EDGES["references"][2])
    parallel: dict[tuple, int] = {}
    for edge in edges:
        colour = faded(EDGES[edge["type"]][2])
        pair = tuple(sorted((edge["source"], edge["target"])))
        rank = parallel[pair] = parallel.get(pair, -1) + 1
        drawn = {
            "from": edge["source"],
            "to": edge["target"],
            "type": edge["type"],  # what a click on it tells the page (dashboard/frontend/canvas.html)
            **({"title": edge_sentence(edge, names, lang)} if sentences else sentence_fields(edge)),
            "width": round(1 + 1.3 * min(edge.get("weight") or 1, 40) ** 0.5, 1),
        }
        if colour != default_colour:
            drawn["color"] = colour
        dashes = STATUSES.get(edge.get("status") or "held", STATUSES["held"])[0]
        if dashes:
            drawn["dashes"] = [round(length * stretch, 1) for length in dashes]
        if edge["type"] == "references":
            drawn["arrows"] = "to"
        if rank:
            # The second, third… link of a pair curve apart, alternately on either side; the turn is
            # taken from the pair's sorted order, so a link drawn the other way round does not cancel it.
            clockwise = (rank % 2 == 1) == (pair[0] == edge["source"])
            drawn["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if clockwise else "curvedCCW",
                "roundness": round(0.18 * ((rank + 1) // 2), 2),
            }
        net.edges.append(drawn)
    net.options = {
        "nodes": {"font": {"size": FONT, "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {
            "smooth": {"enabled": True, "type": "dynamic"} if physics else False,
            "width": 1.5,
            "selectionWidth": 1.5,
            "color": {"color": default_colour, "highlight": default_colour, "hover": default_colour, "inherit": False},
        },
        "layout": {"improvedLayout": False},
        "interaction": {
            "dragNodes": True,
            "hover": True,
            "hideEdgesOnDrag": len(edges) > 2000,
            "tooltipDelay": 150,
            "navigationButtons": False,
        },
        "physics": {"enabled": physics, "stabilization": {"enabled": physics, "iterations": 200}},
    }
    return net


def canvas_model(
    nodes: list[dict],
    edges: list[dict],
    positions: dict,
    colour_by: str = "system",
    lang: str = "en",
    physics: bool = False,
    height: int = 650,
) -> dict:
    """What the canvas (dashboard/canvas.py) draws: the nodes, edges and options of :func:`network_model`, each
    edge with the fields of its sentence, and the words to make the sentences of in ``lang``."""
    net = network_model(nodes, edges, positions, colour_by, lang, physics, height, sentences=False)
    return {"nodes": net.nodes, "edges": net.edges, "options": net.options, "words": sentence_words(lang)}


def pyvis_html(
    nodes: list[dict],
    edges: list[dict],
    positions: dict,
    colour_by: str = "system",
    lang: str = "en",
    physics: bool = False,
    height: int = 650,
) -> str:
    """A self-contained HTML page (vis-network inline) drawing the network of :func:`network_model`.

    Without physics, the nodes stay where ``positions`` puts them and vis-network draws at once.
    The page records its first drawing in ``window.firstDrawing`` (when, and how many nodes and edges).
    """
    net = network_model(nodes, edges, positions, colour_by, lang, physics, height)
    page = net.generate_html()
    # The template also pulls Bootstrap from a CDN; the drawing needs none of it, and offline it would only stall.
    page = re.sub(r"<(link|script)[^>]*bootstrap[^>]*>(\s*</script>)?", "", page)
    return page.replace("</head>", FIRST_DRAWING + "</head>", 1)


#: Records when vis-network first drew the network, and what it drew. It wraps the event
#: emitter before the network is made, because the first drawing may come within the constructor.
FIRST_DRAWING = """<script>
(function () {
  var emit = vis.Network.prototype.emit;
  vis.Network.prototype.emit = function (name) {
    if (name === "afterDrawing" && !window.firstDrawing) {
      window.firstDrawing = {at: performance.timeOrigin + performance.now(),
                             nodes: this.body.nodeIndices.length, edges: this.body.edgeIndices.length};
    }
    return emit.apply(this, arguments);
  };
})();
</script>
"""


def legend_html(colour_by: str, present_types: set[str] | None = None, lang: str = "en") -> str:
    """The legend: colours, shapes, link types (colour) and statuses (line style), as small HTML in ``lang``."""
    words = vocabulary.SYSTEMS if colour_by == "system" else vocabulary.REGIONS
    items = [
        f'<span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{colour}"></span> '
        f"{html.escape(words.label(value, lang))}"
        for value, colour in COLOURS[colour_by].items()
    ]
    items.append(
        f'<span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{GREY}"></span> '
        + html.escape(WORDS.label("unknown", lang))
    )
    shapes = [
        f"{'●' if shape == 'dot' else '■' if shape == 'square' else '◆'} {html.escape(shape_text(key, lang))}"
        for key, (shape, _m, _t) in SHAPES.items()
    ]
    lines = [
        f'<span style="color:{colour}">━━</span> {html.escape(edge_text(kind, lang))}'
        for kind, (_dashes, _s, colour, _t) in EDGES.items()
        if present_types is None or kind in present_types
    ]
    statuses = [f"{mark} {html.escape(status_text(status, lang))}" for status, (_d, mark, _t) in STATUSES.items()]
    colour = WORDS.label("colour", lang)
    heading = vocabulary.SYSTEMS.name if colour_by == "system" else vocabulary.REGIONS.name
    heading = f"{colour}: {heading}" if lang == "en" else colour
    return (
        '<div class="mechgraph-legend" style="font-size:13px;line-height:1.7">'
        f"<b>{html.escape(heading)}</b><br>{'<br>'.join(items)}"
        f"<br><b>{WORDS.label('shape', lang)}</b><br>{'<br>'.join(shapes)}"
        f"<br><b>{WORDS.label('links', lang)}</b><br>{'<br>'.join(lines)}"
        f"<br><b>{WORDS.label('status', lang)}</b><br>{'<br>'.join(statuses)}"
        f"<br><b>{WORDS.label('width', lang)}</b><br>{html.escape(WORDS.label('facts', lang))}</div>"
    )
