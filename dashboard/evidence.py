"""Evidence, one click away: the document, its language, the locator, the whole quote, and the paragraph around it.

Every page that states facts shows them through :func:`facts_table`: a table whose rows are
selected with one click, the evidence of the selected row showing beneath it. The evidence of
a fact comes from the catalogue (``fact-evidence`` and the like), whose rows carry the whole
paragraph when the document has been ingested; the quote is then marked inside it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import streamlit as st

from dashboard.params import keep_in_url, url_text, warn
from registry.vocabulary import LANGUAGES

__all__ = ["highlight", "show_evidence", "facts_table"]


def highlight(paragraph: str, quote: str) -> str:
    """The paragraph as HTML, the quote marked where it occurs (spaces and line breaks aside).

    >>> highlight("The Court <b> met the\\nCommission.", "met the Commission")
    'The Court &lt;b&gt; <mark>met the\\nCommission</mark>.'
    >>> highlight("Nothing here.", "elsewhere")
    'Nothing here.'
    """
    words = [re.escape(html.escape(word)) for word in quote.split()]
    escaped = html.escape(paragraph, quote=False)
    if not words:
        return escaped
    found = re.search(r"\s+".join(words), escaped)
    if not found:
        return escaped
    return f"{escaped[: found.start()]}<mark>{found.group(0)}</mark>{escaped[found.end() :]}"


def _heading(row: dict) -> str:
    document = row.get("symbol") or row.get("document") or "?"
    # In the label language the page's sidebar chose (kept under "lang" by dashboard.common.language).
    language = LANGUAGES.label(row["language"], st.session_state.get("lang", "en")) if row.get("language") else None
    return " · ".join(part for part in (f"**{document}**", language, row.get("locator")) if part)


def show_evidence(rows: list[dict], empty: str = "No evidence recorded.") -> None:
    """Each quote under its document, language and locator; the paragraph around it a click away."""
    if not rows:
        st.caption(empty)
        return
    for row in rows:
        with st.container(border=True):
            note = f" — {row['note']}" if row.get("note") else ""
            st.markdown(_heading(row) + note)
            st.markdown(f"> {row['quote']}")
            if row.get("paragraph"):
                with st.expander("The paragraph"):
                    st.markdown(highlight(row["paragraph"], row["quote"]), unsafe_allow_html=True)


def facts_table(
    rows: list[dict],
    shown: Callable[[dict], dict],
    evidence: Callable[[dict], list[dict]],
    key: str,
    identity: Callable[[dict], str] | None = None,
    prompt: str = "Select a row to see its evidence.",
    height: int | str = "auto",
) -> dict | None:
    """A table of facts whose selected row opens its evidence beneath it; the choice is kept in the URL.

    ``shown`` gives the columns a row displays (names, not ids), ``evidence`` the evidence rows of
    a fact, ``identity`` what identifies a row in the URL (its first value by default); ``height``
    is Streamlit's ("auto": at most ten rows, then a scroll bar; "content": every row).
    """
    identity = identity or (lambda row: str(next(iter(row.values()))))
    ids = [identity(row) for row in rows]
    remembered = url_text(key)
    if remembered and remembered not in ids:
        warn(f"The link's row “{remembered}” is not in this table (any more); select one below.")
    selection = st.dataframe(
        [shown(row) for row in rows],
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key=f"table-{key}",
        height=height,
        selection_default={"selection": {"rows": [ids.index(remembered)]}} if remembered in ids else None,
    )
    picked = selection.selection.rows if selection else []
    chosen = rows[picked[0]] if picked and picked[0] < len(rows) else None
    keep_in_url(**{key: identity(chosen) if chosen else None})
    if chosen is None:
        st.caption(prompt)
        return None
    show_evidence(evidence(chosen))
    return chosen
