"""The network as a figure for print: matplotlib, for the briefing's PNG and PDF.

The colours, shapes and line styles are those of the page's drawing (:mod:`dashboard.drawing`).
"""

from __future__ import annotations

import io

from dashboard.drawing import COLOURS, EDGES, SHAPES, label_of, node_colour, node_shape

__all__ = ["png"]


def png(
    nodes: list[dict],
    edges: list[dict],
    positions: dict,
    colour_by: str = "system",
    lang: str = "en",
    title: str = "",
    sources: str = "",
) -> bytes:
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
                axes.annotate(
                    "",
                    xy=(x2, y2),
                    xytext=(x1, y1),
                    arrowprops={"arrowstyle": "->", "color": colour, "lw": 1, "shrinkA": 8, "shrinkB": 8},
                )
            else:
                axes.plot([x1, x2], [y1, y2], linestyle=style, color=colour, linewidth=1, zorder=1)
    for node in nodes:
        x, y = positions.get(node["id"], (0, 0))
        axes.scatter(
            [x],
            [y],
            s=160,
            c=node_colour(node, colour_by),
            marker=SHAPES[node_shape(node)][1],
            edgecolors="white",
            zorder=2,
        )
        axes.annotate(label_of(node, lang), (x, y), textcoords="offset points", xytext=(0, 9), ha="center", fontsize=7)
    handles = [
        Line2D([], [], marker="o", linestyle="", color=colour, label=value.replace("_", " "))
        for value, colour in COLOURS[colour_by].items()
    ]
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
