"""The network canvas that talks back: clicking a body selects it, double-clicking shows its neighbours,
clicking a link shows the facts behind it.

A Streamlit custom component (v1: an iframe that speaks Streamlit's message protocol) written by hand
in ``dashboard/frontend/canvas.html``, with no build step and no package beyond Streamlit and pyvis:
the drawing is still pyvis's (:func:`dashboard.drawing.canvas_model` gives its nodes, edges and
options), drawn by the copy of vis-network that pyvis ships. That copy is served beside the page rather than
inlined in every drawing as pyvis's own HTML does; the page keeps it in the browser's cache storage under the
version of the folder, so that only a browser's first page asks the server for it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import platformdirs
import streamlit.components.v1 as components

__all__ = ["network_canvas"]

_PAGE = Path(__file__).with_name("frontend") / "canvas.html"
#: The height of the line of hint under the canvas (canvas.html), in pixels.
HINT = 20


def _vis_network() -> Path:
    import pyvis

    return Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js"


def _served() -> Path:
    """The folder Streamlit serves the component from: the page and vis-network, one folder per version of them."""
    page, script = _PAGE.read_bytes(), _vis_network().read_bytes()
    version = hashlib.blake2b(page + script, digest_size=8).hexdigest()
    # In the user's own cache folder (0700), never a shared temporary one another user could fill first.
    cache = Path(os.environ.get("MECHGRAPH_CACHE") or platformdirs.user_cache_dir("mechgraph"))
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = cache / f"canvas-{version}"
    if not (folder / "index.html").exists():
        staging = Path(tempfile.mkdtemp(prefix=".canvas-", dir=cache))
        (staging / "vis-network.min.js").write_bytes(script)
        # The page keeps vis-network in the browser under this version (canvas.html).
        (staging / "index.html").write_bytes(page.replace(b"@VERSION@", version.encode(), 1))
        try:
            staging.rename(folder)
        except OSError:  # another dashboard process made it meanwhile: the same files
            shutil.rmtree(staging, ignore_errors=True)
    return folder


def _declared():
    """The component, declared. Streamlit names it after the module that declares it, which it finds with
    ``inspect.getmodule``; that function's caches are filled without a lock, so while another thread fills them
    (two pages importing at once) it may find no module, and Streamlit refuses ("module is None"). Asked again, the
    caches are full. Declared by a page, never by the warm-up: Streamlit registers a component with the server only
    when a page's script declares it."""
    try:
        return components.declare_component("network_canvas", path=str(_served()))
    except RuntimeError:
        return components.declare_component("network_canvas", path=str(_served()))


_component = _declared()


def network_canvas(model: dict, drawing: str, focus: str | None, key: str, height: int = 650) -> dict | None:
    """Draw ``model`` (:func:`dashboard.drawing.canvas_model`); the last click as ``{"action": "select" | "expand",
    "id", "at"}`` on a body, ``{"action": "pair", "from", "to", "type", "at"}`` on a link, or None.

    ``drawing`` identifies what is drawn (the canvas draws anew only when it changes); ``focus`` is
    the body shown with its neighbours, the rest dimmed.
    """
    # Streamlit gives the frame this height from the start: a frame told another height later sends the whole
    # model to the canvas again.
    frame = height + HINT
    return _component(model=model, drawing=drawing, focus=focus, canvas=height, height=frame, key=key, default=None)
