"""The network figures stored on the bodies, in the dashboard: computed again after a page wrote, said when stale.

Degree, betweenness and PageRank are computed when the links between bodies change
(:mod:`graph.analytics`), which takes seconds on a large graph. A page that wrote (a review
decision, a settled name, an uploaded document) calls :func:`recompute`, which starts the
computation in a background thread (one at a time in the dashboard's process) and returns at
once; until it has stored the figures, :func:`notice` says they are stale.
"""

from __future__ import annotations

import streamlit as st

from dashboard.common import catalogue, graph_or_stop
from graph import analytics

__all__ = ["notice", "recompute", "said"]


def recompute() -> None:
    """After a page wrote: compute the figures again in the background if the links changed."""
    analytics.in_background(graph_or_stop())


def said(computed_at: str | None, running: bool) -> str:
    """What the notice says of stale figures.

    >>> said("2026-12-06T18:02:11.52Z", running=True)
    'Figures computed at 2026-12-06 18:02:11 UTC; being recomputed.'
    >>> said(None, running=False)
    'Figures not computed yet; `mechgraph analytics` computes them.'
    """
    when = f"computed at {computed_at[:19].replace('T', ' ')} UTC" if computed_at else "not computed yet"
    then = "being recomputed." if running else "`mechgraph analytics` computes them."
    if computed_at and not running:
        then = "the links changed since; " + then
    return f"Figures {when}; {then}"


def notice() -> None:
    """A caption under figures read from the bodies, when they are stale (read afresh, not from the cache)."""
    [freshness] = catalogue().run(graph_or_stop(), "analytics-freshness")
    if freshness["stale"]:
        st.caption(said(freshness["computed_at"], analytics.running()))
