"""Drawing the network: a fixed layout, pyvis for the page, matplotlib for the PNG.

Colours come from the Okabe-Ito palette, which stays distinguishable with the common forms of
colour blindness; shapes tell the node type and line styles the edge type, so that nothing
rests on colour alone.

Small networks are laid out by networkx's spring layout. Its cost grows with the square of
the number of nodes (over a second at 500 nodes, tens of seconds at 5,000), so larger ones get the same
Fruchterman-Reingold forces computed in near-linear time: pivot MDS (Brandes and Pich, 2006)
for the starting positions, then a few dozen steps in which the repulsion of all nodes comes
from a grid by FFT convolution and only close pairs are counted exactly.
"""

from __future__ import annotations

import html
import io
import re

import networkx as nx
import numpy as np

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


#: Up to this many nodes, networkx's exact spring layout (fast enough there, and well known).
SMALL = 300


def layout(nodes: list[dict], edges: list[dict], seed: int = 7) -> dict[str, tuple[float, float]]:
    """Fixed positions (the same graph gives the same picture), spread with the number of nodes.

    >>> positions = layout([{"id": "a"}, {"id": "b"}, {"id": "c"}], [{"source": "a", "target": "b"}])
    >>> sorted(positions) == ["a", "b", "c"] and positions == layout([{"id": "c"}, {"id": "b"}, {"id": "a"}],
    ...                                                              [{"source": "a", "target": "b"}])
    True
    """
    ids = sorted({node["id"] for node in nodes})
    if not ids:
        return {}
    index = {node: i for i, node in enumerate(ids)}
    pairs = np.array([(index[edge["source"]], index[edge["target"]]) for edge in edges
                      if edge["source"] in index and edge["target"] in index and edge["source"] != edge["target"]],
                     dtype=np.int64).reshape(-1, 2)
    if len(ids) <= SMALL:
        graph = nx.Graph()
        graph.add_nodes_from(range(len(ids)))
        graph.add_edges_from(pairs.tolist())
        found = nx.spring_layout(graph, seed=seed, iterations=50, k=3 / len(ids) ** 0.5)
        xy = np.array([found[i] for i in range(len(ids))], dtype=float).reshape(-1, 2)
    else:
        xy = spread(len(ids), pairs[:, 0], pairs[:, 1], seed=seed)
    xy -= xy.mean(axis=0)
    xy /= np.abs(xy).max() or 1.0
    # About 120 units a node across, so that labels stay readable once the drawing is fitted to the page.
    xy *= 120 * len(ids) ** 0.5
    return {node: (float(x), float(y)) for node, (x, y) in zip(ids, xy)}


def spread(n: int, source: np.ndarray, target: np.ndarray, seed: int = 7, iterations: int = 50) -> np.ndarray:
    """Fruchterman-Reingold positions of nodes 0..n-1 linked by (source[i], target[i]), in near-linear time.

    The largest component starts from its pivot MDS, the other nodes on a sunflower spiral
    around it; then every step moves each node along its forces, by at most a shrinking step:
    repulsion 1/d from every node (through the grid, exactly for close pairs), attraction d² along
    edges, and a pull of every smaller component towards the centre, so that none drifts away.
    """
    from scipy import sparse
    from scipy.sparse import csgraph
    from scipy.spatial import cKDTree

    adjacency = sparse.coo_array((np.ones(len(source)), (source, target)), shape=(n, n)).tocsr()
    adjacency = ((adjacency + adjacency.T) > 0).astype(float).tocsr()
    _count, component = csgraph.connected_components(adjacency, directed=False)
    sizes = np.bincount(component)
    by_size = np.argsort(-sizes, kind="stable")
    main = np.flatnonzero(component == by_size[0])
    positions = np.zeros((n, 2))
    placed = 0
    if len(main) > 2:
        start = _pivot_mds(adjacency[main][:, main])
        positions[main] = start / (np.sqrt((start ** 2).sum(axis=1).mean()) or 1.0) * np.sqrt(len(main) / 2)
        placed = len(main)
    rank = np.empty_like(by_size)
    rank[by_size] = np.arange(len(by_size))
    rest = np.argsort(rank[component], kind="stable")[placed:]  # larger components first, each in one piece
    positions[rest] = _sunflower(placed, len(rest))
    positions += np.random.default_rng(seed).normal(scale=0.05, size=positions.shape)  # parts nodes that start as one

    edges = sparse.triu(adjacency, k=1).tocoo()
    a, b = edges.row, edges.col
    # The natural radius of a Fruchterman-Reingold drawing (ideal edge length 1) of a dense network.
    radius = (n / max(2 * len(a) / n, 1.0)) ** (1 / 3)
    positions *= radius / np.sqrt((positions ** 2).sum(axis=1).mean())
    mesh = _Mesh(int(np.clip(1.5 * np.sqrt(n), 32, 128)))
    in_main = component == by_size[0]
    step = 0.1 * radius
    for _ in range(iterations):
        force, cell = mesh.repulsion(positions)
        close = cKDTree(positions).query_pairs(cell, output_type="ndarray")
        if len(close):
            delta = positions[close[:, 0]] - positions[close[:, 1]]
            _add(force, close[:, 0], close[:, 1], delta / np.maximum((delta ** 2).sum(axis=1), 1e-6)[:, None])
        delta = positions[a] - positions[b]
        _add(force, a, b, -delta * np.sqrt((delta ** 2).sum(axis=1))[:, None])
        # Gravity on the centre of each component, that would hold all nodes in a disc as dense as
        # the largest component (and no denser than the whole at its natural radius).
        edge = np.percentile(np.sqrt((positions[in_main] ** 2).sum(axis=1)), 90)
        centres = np.stack([np.bincount(component, positions[:, 0]), np.bincount(component, positions[:, 1])], axis=1)
        force -= n / max(edge ** 2 * n / len(main), radius ** 2) * (centres / sizes[:, None])[component]
        length = np.maximum(np.sqrt((force ** 2).sum(axis=1)), 1e-9)
        positions += force * (np.minimum(length, step) / length)[:, None]
        step -= 0.1 * radius / (iterations + 1)
    return positions


def _add(force: np.ndarray, i: np.ndarray, j: np.ndarray, pull: np.ndarray) -> None:
    """Add the forces ``pull`` on nodes i and their opposite on nodes j."""
    n = len(force)
    for axis in (0, 1):
        force[:, axis] += np.bincount(i, pull[:, axis], n) - np.bincount(j, pull[:, axis], n)


def _pivot_mds(adjacency) -> np.ndarray:
    """Two-dimensional pivot MDS of a connected graph: distances from up to 32 spread-out nodes."""
    from scipy.sparse import csgraph

    n = adjacency.shape[0]
    pivot = int(np.argmax(np.diff(adjacency.indptr)))  # the best connected node first
    rows, nearest = [], np.full(n, np.inf)
    for _ in range(min(32, n)):
        rows.append(csgraph.shortest_path(adjacency, directed=False, unweighted=True, indices=pivot))
        nearest = np.minimum(nearest, rows[-1])
        pivot = int(np.argmax(nearest))  # then the farthest from those chosen
    squared = np.array(rows).T ** 2
    centred = -0.5 * (squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean())
    # einsum rather than BLAS: on a busy machine BLAS threads wait for a core longer than this takes.
    _values, vectors = np.linalg.eigh(np.einsum("ki,kj->ij", centred, centred))  # pivots × pivots
    xy = np.einsum("ki,ij->kj", centred, vectors[:, [-1, -2]])
    sign = np.sign(xy[np.argmax(np.abs(xy), axis=0), [0, 1]])
    return xy * np.where(sign == 0, 1, sign)  # the same picture whatever sign eigh picked


def _sunflower(start: int, count: int) -> np.ndarray:
    """Points start..start+count-1 of a sunflower spiral: evenly spread, one unit of area each."""
    i = np.arange(start, start + count) + 0.5
    angle = i * np.pi * (3 - np.sqrt(5))
    return np.column_stack([np.sqrt(i) * np.cos(angle), np.sqrt(i) * np.sin(angle)])


class _Mesh:
    """Repulsion 1/d from all nodes, through a grid: node counts per cell convolved with the force of one node."""

    def __init__(self, size: int):
        from scipy import fft

        self.size = size
        offsets = np.arange(-(size - 1), size)
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        squared = (dx ** 2 + dy ** 2).astype(float)
        squared[size - 1, size - 1] = np.inf
        self.shape = (fft.next_fast_len(3 * size - 2, True),) * 2
        self.kernel = fft.rfft2(dx / squared, self.shape), fft.rfft2(dy / squared, self.shape)

    def repulsion(self, positions: np.ndarray) -> tuple[np.ndarray, float]:
        """The force on every node, and the width of a cell."""
        from scipy import fft, ndimage

        size = self.size
        low = positions.min(axis=0)
        cell = max(float((positions.max(axis=0) - low).max()) / (size - 1), 1e-9)
        low = low - cell / 2
        where = np.minimum(((positions - low) / cell).astype(int), size - 1)
        counts = np.bincount(where[:, 0] * size + where[:, 1], minlength=size * size).reshape(size, size)
        spectrum = fft.rfft2(counts.astype(float), self.shape)
        coordinates = ((positions - low) / cell - 0.5).T
        inside = slice(size - 1, 2 * size - 1)  # the cells of the grid, within the padded convolution
        force = [ndimage.map_coordinates(fft.irfft2(spectrum * kernel, self.shape)[inside, inside], coordinates,
                                         order=1, mode="nearest") for kernel in self.kernel]
        return np.column_stack(force) / cell, cell


def label_of(node: dict, lang: str) -> str:
    name = (node.get(f"name_{lang}") if lang != "en" else None) or node.get("name") or node["id"]
    acronyms = node.get("acronyms") or []
    return acronyms[0] if acronyms else (name if len(name) <= 28 else name[:26] + "…")


def pyvis_html(nodes: list[dict], edges: list[dict], positions: dict, colour_by: str = "system",
               lang: str = "en", physics: bool = False, height: int = 650) -> str:
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
        net.nodes.append({"id": node["id"], "label": label_of(node, lang), "title": f"{full} [{node['id']}]",
                          "color": node_colour(node, colour_by), "shape": SHAPES[node_shape(node)][0],
                          "size": round(10 + min(node.get("degree", 1), 30) ** 0.8 * 3, 1),
                          "x": round(x, 1), "y": round(y, 1)})
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
        drawn = {"from": edge["source"], "to": edge["target"],
                 "title": f"{edge['type']}: {', '.join(map(str, edge.get('details') or []))}"}
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
        "edges": {"smooth": {"enabled": True, "type": "dynamic"} if physics else False, "width": default_width,
                  "color": {"color": default_colour, "highlight": default_colour, "hover": default_colour,
                            "inherit": False}},
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
