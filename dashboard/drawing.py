"""Drawing the network: a fixed networkx layout, pyvis for the page, matplotlib for the PNG.

Colours come from the Okabe-Ito palette, which stays distinguishable with the common forms of
colour blindness; shapes tell the node type and line styles the edge type, so that nothing
rests on colour alone.
"""

from __future__ import annotations

import html
import io
import re

import networkx as nx

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
GREY = "#999999"
COLOURS = {
    "system": {"UN": "#0072B2", "regional": "#E69F00", "subregional": "#009E73", "national": "#CC79A7",
               "civil_society": "#D55E00", "other": "#56B4E9"},
    "region": {"global": "#0072B2", "africa": "#E69F00", "americas": "#009E73", "europe": "#56B4E9",
               "asia_pacific": "#CC79A7", "middle_east_north_africa": "#D55E00"},
}
#: vis-network shape, matplotlib marker, legend text
SHAPES = {"Mechanism": ("dot", "o", "body"), "Organization": ("square", "s", "organisation"),
          "generic": ("diamond", "D", "class of bodies (e.g. NHRIs)")}
#: edge type -> (vis-network dashes, matplotlib line style, colour, legend text)
EDGES = {"references": (False, "-", "#333333", "references (arrow: who cites whom)"),
         "activity": ([8, 4], "--", "#0072B2", "joint activity"),
         "event": ([2, 4], ":", "#E69F00", "met at an event"),
         "liaison": ([10, 3, 2, 3], "-.", "#009E73", "focal-point liaison")}


def node_colour(node: dict, colour_by: str) -> str:
    return COLOURS[colour_by].get(node.get(colour_by) or "", GREY)


def node_shape(node: dict) -> str:
    return "generic" if node.get("generic") else node.get("label", "Mechanism")


def layout(nodes: list[dict], edges: list[dict], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Fixed positions (the same graph gives the same picture), spread with the number of nodes."""
    graph = nx.Graph()
    graph.add_nodes_from(node["id"] for node in nodes)
    graph.add_edges_from((edge["source"], edge["target"]) for edge in edges)
    if graph.number_of_nodes() == 0:
        return {}
    iterations = 50 if graph.number_of_nodes() <= 1000 else 20
    positions = nx.spring_layout(graph, seed=seed, iterations=iterations, k=3 / max(graph.number_of_nodes(), 1) ** 0.5)
    # About 120 units a node across, so that labels stay readable once the drawing is fitted to the page.
    scale = 120 * graph.number_of_nodes() ** 0.5
    return {node: (float(x) * scale, float(y) * scale) for node, (x, y) in positions.items()}


def label_of(node: dict, lang: str) -> str:
    name = (node.get(f"name_{lang}") if lang != "en" else None) or node.get("name") or node["id"]
    acronyms = node.get("acronyms") or []
    return acronyms[0] if acronyms else (name if len(name) <= 28 else name[:26] + "…")


def pyvis_html(nodes: list[dict], edges: list[dict], positions: dict, colour_by: str = "system",
               lang: str = "en", physics: bool = False, height: int = 650) -> str:
    """A self-contained HTML page (vis-network inline) drawing the network."""
    from pyvis.network import Network

    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line", bgcolor="#ffffff")
    for node in nodes:
        x, y = positions.get(node["id"], (0.0, 0.0))
        full = (node.get(f"name_{lang}") if lang != "en" else None) or node.get("name") or node["id"]
        net.add_node(node["id"], label=label_of(node, lang), title=f"{full} [{node['id']}]",
                     color=node_colour(node, colour_by), shape=SHAPES[node_shape(node)][0],
                     size=10 + min(node.get("degree", 1), 30) ** 0.8 * 3, x=x, y=y, physics=physics,
                     font={"size": 18})
    for edge in edges:
        dashes, _style, colour, _text = EDGES[edge["type"]]
        net.add_edge(edge["source"], edge["target"], color=colour, dashes=dashes, width=1 + min(edge.get("weight", 1), 5) * 0.5,
                     arrows="to" if edge["type"] == "references" else "", title=f"{edge['type']}: {', '.join(map(str, edge.get('details') or []))}")
    net.toggle_physics(physics)
    page = net.generate_html()
    # The template also pulls Bootstrap from a CDN; the drawing needs none of it, and offline it would only stall.
    return re.sub(r"<(link|script)[^>]*bootstrap[^>]*>(\s*</script>)?", "", page)


def legend_html(colour_by: str, present_types: set[str] | None = None) -> str:
    """The legend: colours, shapes and line styles, as small HTML."""
    items = [f'<span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{colour}"></span> '
             f"{html.escape(value.replace('_', ' '))}" for value, colour in COLOURS[colour_by].items()]
    items.append(f'<span style="display:inline-block;width:12px;height:12px;border-radius:6px;background:{GREY}"></span> unknown')
    shapes = [f"{'●' if shape == 'dot' else '■' if shape == 'square' else '◆'} {text}" for shape, _m, text in SHAPES.values()]
    lines = [f'<span style="color:{colour}">{"━━" if not dashes else "╍╍" if len(dashes) == 2 and dashes[0] > 4 else "┈┈" if len(dashes) == 2 else "━·"}</span> {html.escape(text)}'
             for kind, (dashes, _s, colour, text) in EDGES.items() if present_types is None or kind in present_types]
    return ('<div class="mechgraph-legend" style="font-size:13px;line-height:1.7">'
            f"<b>Colour: {colour_by}</b><br>{'<br>'.join(items)}<br><b>Shape</b><br>{'<br>'.join(shapes)}"
            f"<br><b>Lines</b><br>{'<br>'.join(lines)}</div>")


def png(nodes: list[dict], edges: list[dict], positions: dict, colour_by: str = "system", lang: str = "en",
        title: str = "", sources: str = "") -> bytes:
    """The same drawing as a PNG image, with its legend and sources, for briefings."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.lines import Line2D

    figure, axes = pyplot.subplots(figsize=(11, 8), dpi=110)
    axes.set_axis_off()
    for edge in edges:
        if edge["source"] in positions and edge["target"] in positions:
            (x1, y1), (x2, y2) = positions[edge["source"]], positions[edge["target"]]
            _d, style, colour, _t = EDGES[edge["type"]]
            if edge["type"] == "references":
                axes.annotate("", xy=(x2, y2), xytext=(x1, y1),
                              arrowprops={"arrowstyle": "->", "color": colour, "lw": 1, "shrinkA": 8, "shrinkB": 8})
            else:
                axes.plot([x1, x2], [y1, y2], linestyle=style, color=colour, linewidth=1, zorder=1)
    for node in nodes:
        x, y = positions.get(node["id"], (0, 0))
        axes.scatter([x], [y], s=160, c=node_colour(node, colour_by), marker=SHAPES[node_shape(node)][1],
                     edgecolors="white", zorder=2)
        axes.annotate(label_of(node, lang), (x, y), textcoords="offset points", xytext=(0, 9), ha="center", fontsize=7)
    handles = [Line2D([], [], marker="o", linestyle="", color=colour, label=value.replace("_", " "))
               for value, colour in COLOURS[colour_by].items()]
    handles += [Line2D([], [], linestyle=style, color=colour, label=text) for _d, style, colour, text in EDGES.values()]
    axes.legend(handles=handles, loc="lower left", fontsize=7, frameon=False, title=f"colour: {colour_by}")
    if title:
        axes.set_title(title, fontsize=11)
    if sources:
        figure.text(0.01, 0.01, sources, fontsize=6, color="#555555")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    pyplot.close(figure)
    return buffer.getvalue()
