"""Drawing the network: pyvis for the page, and its legend (the figure for print is in dashboard.figure).

Colours come from the Okabe-Ito palette, which stays distinguishable with the common forms of
colour blindness; shapes tell the node type and line styles the edge type, so that nothing
rests on colour alone. Positions come from :mod:`dashboard.layout`.
"""

from __future__ import annotations

import html
import itertools
import re

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


def node_colour(node: dict, colour_by: str) -> str:
    return COLOURS[colour_by].get(node.get(colour_by) or "", GREY)


def node_shape(node: dict) -> str:
    return "generic" if node.get("generic") else node.get("label", "Mechanism")


def label_of(node: dict, lang: str) -> str:
    name = (node.get(f"name_{lang}") if lang != "en" else None) or node.get("name") or node["id"]
    acronyms = node.get("acronyms") or []
    return acronyms[0] if acronyms else (name if len(name) <= 28 else name[:26] + "…")


def pyvis_html(
    nodes: list[dict],
    edges: list[dict],
    positions: dict,
    colour_by: str = "system",
    lang: str = "en",
    physics: bool = False,
    height: int = 650,
) -> str:
    """A self-contained HTML page (vis-network inline) drawing the network.

    Without physics, the nodes stay where ``positions`` puts them and vis-network draws at once:
    no stabilisation, straight edges. The page records its first drawing in ``window.firstDrawing``
    (when, and how many nodes and edges), which bench/render.py reads.
    """
    from pyvis.network import Network

    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    # Nodes and edges are given to pyvis whole: its add_node and add_edge look through every node
    # already added, which costs seconds at a few thousand nodes.
    net.nodes = []
    for node in nodes:
        x, y = positions.get(node["id"], (0.0, 0.0))
        full = (node.get(f"name_{lang}") if lang != "en" else None) or node.get("name") or node["id"]
        net.nodes.append(
            {
                "id": node["id"],
                "label": label_of(node, lang),
                "title": f"{full} [{node['id']}]",
                "color": node_colour(node, colour_by),
                "shape": SHAPES[node_shape(node)][0],
                "size": round(10 + min(node.get("degree", 1), 30) ** 0.8 * 3, 1),
                "x": round(x, 1),
                "y": round(y, 1),
            }
        )
    net.node_ids = [node["id"] for node in net.nodes]
    net.edges = []
    # Dashes grow with the drawing (whose width grows with the square root of the number of
    # nodes), so that they look the same once it is fitted to the frame: fixed ones would be
    # too fine to see in a large network, and vis-network would spend seconds drawing them.
    stretch = max(1.0, (len(nodes) / 150) ** 0.5)
    # What most edges share goes to the options once: a smaller page, parsed sooner.
    default_colour, default_width = EDGES["references"][2], 1.5
    for edge in edges:
        dashes, _style, colour, _text = EDGES[edge["type"]]
        drawn = {
            "from": edge["source"],
            "to": edge["target"],
            "title": f"{edge['type']}: {', '.join(map(str, edge.get('details') or []))}",
        }
        width = 1 + min(edge.get("weight", 1), 5) * 0.5
        if width != default_width:
            drawn["width"] = width
        if colour != default_colour:
            drawn["color"] = colour
        if dashes:
            drawn["dashes"] = [round(length * stretch, 1) for length in dashes]
        if edge["type"] == "references":
            drawn["arrows"] = "to"
        net.edges.append(drawn)
    net.options = {
        "nodes": {"font": {"size": 18}},
        "edges": {
            "smooth": {"enabled": True, "type": "dynamic"} if physics else False,
            "width": default_width,
            "color": {"color": default_colour, "highlight": default_colour, "hover": default_colour, "inherit": False},
        },
        "layout": {"improvedLayout": False},
        "interaction": {"dragNodes": True, "hideEdgesOnDrag": len(edges) > 2000, "tooltipDelay": 200},
        "physics": {"enabled": physics, "stabilization": {"enabled": physics, "iterations": 200}},
    }
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


def legend_html(colour_by: str, present_types: set[str] | None = None) -> str:
    """The legend: colours, shapes and line styles, as small HTML."""
    items = [
        f'<span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{colour}"></span> '
        f"{html.escape(value.replace('_', ' '))}"
        for value, colour in COLOURS[colour_by].items()
    ]
    items.append(
        f'<span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{GREY}"></span> unknown'
    )
    shapes = [
        f"{'●' if shape == 'dot' else '■' if shape == 'square' else '◆'} {text}" for shape, _m, text in SHAPES.values()
    ]
    lines = [
        f'<span style="color:{colour}">{"━━" if not dashes else "╍╍" if len(dashes) == 2 and dashes[0] > 4 else "┈┈" if len(dashes) == 2 else "━·"}</span> {html.escape(text)}'
        for kind, (dashes, _s, colour, text) in EDGES.items()
        if present_types is None or kind in present_types
    ]
    return (
        '<div class="mechgraph-legend" style="font-size:13px;line-height:1.7">'
        f"<b>Colour: {colour_by}</b><br>{'<br>'.join(items)}<br><b>Shape</b><br>{'<br>'.join(shapes)}"
        f"<br><b>Lines</b><br>{'<br>'.join(lines)}</div>"
    )
