"""Long lists one page at a time: the page kept in the URL, only its rows asked for, and one pager on every page.

A directory query of the catalogue takes ``limit`` and ``offset`` and returns its ``total`` on
every row (see queries/catalogue.py), so a page costs the rows it shows, not the thousands it
could. :func:`paged` asks for the page the URL names (``?page=3``; another key where a view
lists two directories) and goes back to page 1 when the filters change, so that a new list
starts at its top. :func:`pager` then says which rows these are ("Rows 201–400 of 3,040") and
moves to the previous or next page. :func:`local_page` does the same for a list already in memory
(a document's paragraphs).

>>> Page(rows=[{}] * 200, total=3040, number=2, size=200, key="page").caption("rows")
'Rows 201–400 of 3,040'
>>> pages(3040, 200), pages(0, 200), page_of(list(range(7)), 2, 3)
(16, 1, [3, 4, 5])
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import streamlit as st

from dashboard.common import ask
from dashboard.params import keep_in_url, url_int, warn

__all__ = ["PAGE_SIZE", "Page", "pages", "page_of", "paged", "local_page", "pager"]

#: Rows a page shows unless a view says otherwise: enough to scroll, few enough to be fast at any scale.
PAGE_SIZE = 200
#: The highest page number a link may ask for (clamped to the real last page once the total is known).
_HIGHEST = 10**6


@dataclass(frozen=True)
class Page:
    """The rows of one page of a list, the list's ``total``, and where the page stands (``number`` from 1)."""

    rows: list
    total: int
    number: int
    size: int
    key: str

    @property
    def count(self) -> int:
        """How many pages the list fills."""
        return pages(self.total, self.size)

    def caption(self, what: str = "rows") -> str:
        first = (self.number - 1) * self.size + 1
        last = first + len(self.rows) - 1
        return f"{what[:1].upper()}{what[1:]} {first:,}–{last:,} of {self.total:,}"


def pages(count: int, size: int) -> int:
    """How many pages of ``size`` rows ``count`` rows fill (at least one)."""
    return max(1, -(-count // size))


def page_of(rows: list, number: int, size: int) -> list:
    """The rows of page ``number`` (from 1) of a list in memory."""
    return rows[(number - 1) * size : number * size]


def _asked(key: str, filters: dict, start: int = 1, of: str = "") -> int:
    """The page the URL asks for under ``key`` (``start`` when it names none); page 1 again when ``filters``
    differ from the last run's for the same list ``of``: a list the user has just narrowed starts at its top
    (another view's list, with a key of the same name, is remembered apart)."""
    seen = f"_paging-filters-{key}-{of}"
    signature = repr(sorted((name, str(value)) for name, value in filters.items()))
    changed = seen in st.session_state and st.session_state[seen] != signature
    st.session_state[seen] = signature
    if changed:
        return 1
    return url_int(key, start, 1, _HIGHEST, "page")


def _past_the_end(number: int, last: int) -> None:
    warn(f"The link's page {number} is past the last page ({last}); showing page {last}.")


def paged(name: str, key: str = "page", size: int = PAGE_SIZE, also: dict | None = None, **params) -> Page:
    """One page of the catalogue's directory ``name`` with ``params`` as filters: the page the URL asks for,
    the last one when the link asks for a page past it. ``also``: filters the view applies to the page's rows
    itself, whose change goes back to page 1 too."""
    number = _asked(key, {**params, **{f"also-{k}": v for k, v in (also or {}).items()}}, of=name)
    rows = ask(name, limit=size, offset=(number - 1) * size, **params)
    if not rows and number > 1:  # past the end: the first page tells how many there are
        rows = ask(name, limit=size, offset=0, **params)
        last = pages(rows[0]["total"] if rows else 0, size)
        _past_the_end(number, last)
        number = last
        if last > 1:
            rows = ask(name, limit=size, offset=(last - 1) * size, **params)
    keep_in_url(**{key: None if number == 1 else number})
    return Page(rows, rows[0]["total"] if rows else 0, number, size, key)


def local_page(
    rows: list, key: str = "page", size: int = PAGE_SIZE, start: int = 1, filters: dict | None = None
) -> Page:
    """One page of a list already in memory, kept in the URL as :func:`paged` keeps it (``start`` when the URL
    names no page, e.g. the page holding a paragraph a link points at)."""
    number = _asked(key, filters or {}, start, of="local")
    last = pages(len(rows), size)
    if number > last:
        _past_the_end(number, last)
        number = last
    keep_in_url(**{key: None if number == 1 else number})
    return Page(page_of(rows, number, size), len(rows), number, size, key)


def _go(key: str, number: int, forget: tuple[str, ...], widgets: tuple[str, ...]) -> None:
    """Turn to page ``number``; a row selected on the page left behind is no longer selected."""
    keep_in_url(**{key: None if number == 1 else number})
    for selection in forget:
        st.query_params.pop(selection, None)
        st.session_state.pop(f"table-{selection}", None)  # dashboard.evidence.facts_table's widget
    for widget in widgets:
        st.session_state.pop(widget, None)


def pager(page: Page, what: str = "rows", forget: Iterable[str] = (), widgets: Iterable[str] = ()) -> None:
    """Which rows the page shows ("Rows 201–400 of 3,040") and, when the list fills several pages, buttons to the
    first, previous, next and last ones. ``forget``: the URL keys of the selections made in the page's table
    (:func:`dashboard.evidence.facts_table`'s ``key``), and ``widgets`` the keys of other widgets choosing among
    the page's rows, let go when the page turns."""
    if page.total == 0:
        return
    if page.count == 1:
        st.caption(f"{page.total:,} {what}" if page.total != 1 else f"1 {what.rstrip('s')}")
        return
    forget, widgets = tuple(forget), tuple(widgets)
    moves = [
        ("first", ":material/first_page:", "First", 1),
        ("previous", ":material/chevron_left:", "Previous", page.number - 1),
        ("next", ":material/chevron_right:", "Next", page.number + 1),
        ("last", ":material/last_page:", "Last", page.count),
    ]
    with st.container(horizontal=True, vertical_alignment="center"):
        for name, icon, label, number in moves[:2]:
            st.button(
                label,
                icon=icon,
                key=f"{page.key}-{name}",
                disabled=page.number == 1,
                on_click=_go,
                args=(page.key, number, forget, widgets),
            )
        st.markdown(f"{page.caption(what)} · page {page.number} of {page.count}")
        for name, icon, label, number in moves[2:]:
            st.button(
                label,
                icon=icon,
                icon_position="right",
                key=f"{page.key}-{name}",
                disabled=page.number == page.count,
                on_click=_go,
                args=(page.key, number, forget, widgets),
            )
