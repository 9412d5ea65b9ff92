"""The network as a figure for print: matplotlib, for the briefing's PNG (about 1600×1000) and its PDF (SVG, vector).

The colours, shapes and line styles are those of the page's drawing (:mod:`dashboard.drawing`).
The legend has an axes of its own, right of the drawing, so it never covers a node. Chinese
labels are drawn with whatever CJK font the system has (:mod:`dashboard.fonts`), after a
Latin one for everything else (matplotlib falls back glyph by glyph along the family list);
with none, each Chinese label falls back to English and the figure says so under it.
"""

from __future__ import annotations

import functools
import io
import re
import textwrap
from collections.abc import Callable

from dashboard import fonts
from dashboard.common import body_label
from dashboard.drawing import COLOURS, EDGES, SHAPES, edge_text, label_of, node_colour, node_shape, shape_text
from dashboard.words import WORDS
from registry import vocabulary

__all__ = ["draw", "png", "svg", "families"]

#: The figure's size in inches at 100 dpi: 1600×1000 pixels in the PNG.
SIZE = (16, 10)
_NOTE = "Chinese names shown in English: no font for Chinese was found on this system."


@functools.cache
def families() -> tuple[str, ...]:
    """The font families to draw with: a Latin one, then the CJK one found (registered with matplotlib)."""
    from matplotlib import font_manager

    chosen = ["DejaVu Sans"]
    cjk = fonts.cjk_font()
    if cjk is not None:
        known = {font.name for font in font_manager.fontManager.ttflist}
        family = cjk.family
        if family not in known:
            font_manager.fontManager.addfont(str(cjk.path))
            family = font_manager.FontProperties(fname=str(cjk.path)).get_name()
        chosen.append(family)
    return tuple(chosen)


def _label(node: dict, lang: str, full: bool, cjk: bool) -> tuple[str, bool]:
    """The node's label (its full name with acronym when ``full``), in English when ``lang``'s cannot be drawn."""
    if full:
        text, english = body_label(node, lang), body_label(node, "en")
    else:
        text, english = label_of(node, lang), label_of(node, "en")
    text, fell_back = fonts.printable(text, english, cjk)
    width = 18 if fonts.has_cjk(text) else 30
    return "\n".join(textwrap.wrap(text, width)) if full else text, fell_back


def draw(
    nodes: list[dict],
    edges: list[dict],
    positions: dict,
    colour_by: str = "system",
    lang: str = "en",
    title: str = "",
    full_names: bool = False,
    size: tuple[float, float] = SIZE,
    font: float = 13,
):
    """The matplotlib figure: the network left, its legend right, a note under it when labels fell back.

    ``size`` is in inches and ``font`` in points, as printed: for a page, a small size with a large enough font.
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot
    from matplotlib.lines import Line2D

    cjk = len(families()) > 1
    with matplotlib.rc_context({"font.family": list(families()), "svg.fonttype": "path"}):
        figure = pyplot.figure(figsize=size, dpi=100)
        axes = figure.add_axes((0.02, 0.05, 0.7, 0.87))
        key = figure.add_axes((0.74, 0.05, 0.25, 0.87))
        axes.set_axis_off()
        key.set_axis_off()
        # Parallel links of different types bend apart, so that none hides another.
        bends = {kind: 0.08 * index for index, kind in enumerate(EDGES)}
        for edge in edges:
            if edge["source"] not in positions or edge["target"] not in positions:
                continue
            _d, style, colour, _t = EDGES[edge["type"]]
            axes.annotate(
                "",
                xy=positions[edge["target"]],
                xytext=positions[edge["source"]],
                arrowprops={
                    "arrowstyle": "-|>" if edge["type"] == "references" else "-",
                    "color": colour,
                    "lw": 1 + min(edge.get("weight", 1), 5) * 0.4,
                    "linestyle": style,
                    "shrinkA": font,
                    "shrinkB": font,
                    "connectionstyle": f"arc3,rad={bends[edge['type']]}",
                },
                zorder=1,
            )
        fell_back = False
        for node in nodes:
            x, y = positions.get(node["id"], (0, 0))
            axes.scatter(
                [x], [y], s=420 * (font / 13) ** 2, c=node_colour(node, colour_by), marker=SHAPES[node_shape(node)][1]
            )
            text, fallback = _label(node, lang, full_names, cjk)
            fell_back |= fallback
            axes.annotate(
                text,
                (x, y),
                textcoords="offset points",
                xytext=(0, font + 1),
                ha="center",
                fontsize=font,
                # On a white ground: a line passing under a label never crosses its letters.
                bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.9},
                zorder=3,
            )
        # Room for the labels above the top nodes and beside the outer ones: none is cut at the frame.
        axes.margins(0.25, 0.2)
        present = {node.get(colour_by) for node in nodes}
        words = vocabulary.SYSTEMS if colour_by == "system" else vocabulary.REGIONS

        def said(text_in: Callable[[str], str]) -> str:
            """The legend's words in ``lang``, in English where they need a CJK font the system lacks."""
            return fonts.printable(text_in(lang), text_in("en"), cjk)[0]

        handles = [
            Line2D(
                [],
                [],
                marker="o",
                markersize=font * 0.85,
                linestyle="",
                color=colour,
                label=said(functools.partial(words.label, value)),
            )
            for value, colour in COLOURS[colour_by].items()
            if value in present
        ]
        handles += [
            Line2D(
                [],
                [],
                marker=marker,
                markersize=font * 0.85,
                linestyle="",
                color="#555555",
                label=said(functools.partial(shape_text, shape)),
            )
            for shape, (_v, marker, _t) in SHAPES.items()
            if any(node_shape(node) == shape for node in nodes)
        ]
        kinds = {edge["type"] for edge in edges}
        handles += [
            Line2D([], [], linestyle=style, linewidth=2, color=colour, label=said(functools.partial(edge_text, kind)))
            for kind, (_d, style, colour, _t) in EDGES.items()
            if kind in kinds
        ]
        colour_word = said(functools.partial(WORDS.label, "colour"))
        key.legend(
            handles=handles,
            loc="upper left",
            fontsize=font,
            title_fontsize=font,
            frameon=False,
            title=f"Colour: {words.name}" if colour_word == "Colour" else colour_word,
            alignment="left",
        )
        if not edges:
            key.text(0, 0.1, "No links between these bodies.", fontsize=font, color="#555555", transform=key.transAxes)
        if title:
            figure.suptitle(title, fontsize=font * 1.4, x=0.02, ha="left")
        if fell_back:
            figure.text(0.02, 0.015, _NOTE, fontsize=font * 0.85, color="#555555")
    return figure


def _saved(figure, form: str) -> bytes:
    import matplotlib
    from matplotlib import pyplot

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "path"}):
        figure.savefig(buffer, format=form)
    pyplot.close(figure)
    return buffer.getvalue()


def png(*args, **kwargs) -> bytes:
    """The drawing as a 1600×1000 PNG (arguments as for :func:`draw`)."""
    return _saved(draw(*args, **kwargs), "png")


def svg(*args, **kwargs) -> bytes:
    """The drawing as SVG, its text as outlines: vector, and the same glyphs wherever it is printed."""
    drawn = _saved(draw(*args, **kwargs), "svg")
    # The RDF metadata block says only which program drew it; PDF writers skip it with a warning.
    return re.sub(rb"<metadata>.*?</metadata>", b"", drawn, count=1, flags=re.S)
