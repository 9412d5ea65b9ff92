"""Workplan progress on the dashboard: where each owner stands on an item, recorded by a person, and what moved since.

Recording adds a row to the seed folder's ``progress.yaml`` (checked with the whole folder, or
refused with the file left as it was) and loads the folder, so the graph and the file never
disagree and a reset or another Neo4j gets the progress back from the file.
"""

from __future__ import annotations

import datetime

import streamlit as st

from dashboard import auth
from dashboard.common import ask, graph_or_stop, name_of, pick_document, seed_folder
from dashboard.evidence import facts_table
from dashboard.words import WORDS
from graph.errors import MechGraphError
from loaders import seeds
from loaders.seeds import InvalidSeeds
from loaders.seeds.progress import record
from queries.catalogue import EVERY
from registry.vocabulary import LANGUAGES, PROGRESS_STATUSES

__all__ = ["item_progress", "record_form", "moved_since"]


def _shown(row: dict, lang: str) -> dict:
    return {
        "owner": name_of(row["owner"], lang),
        "status": PROGRESS_STATUSES.label(row["status"], lang),
        "date": row["date"],
        "note": row["note"] or "",
        "said in": f"{row['document']}, {row['locator']}" if row["document"] else "",
    }


def item_progress(item: str, lang: str) -> None:
    """Each owner's progress on ``item``, latest first, each row opening its evidence."""
    rows = ask("item-progress", item=item)
    if not rows:
        st.caption("No progress recorded for this item yet.")
        return
    facts_table(
        rows,
        lambda row: _shown(row, lang),
        lambda row: ask("fact-evidence", id=row["progress"]),
        key="progress",
        identity=lambda row: row["progress"],
        prompt="Select a row to see where its progress is said.",
    )


def record_form(item: str, owners: list[str], lang: str) -> None:
    """A form that records one owner's progress on ``item``, with its evidence (sign-in first on a shared dashboard)."""
    with st.expander("Record progress on this item"):
        auth.require_writer()
        # outside the form: the list follows the words typed
        document = pick_document(
            "Said in",
            f"said-{item}",
            lambda row: f"{row['symbol'] or row['id']} ({LANGUAGES.label(row['lang'], lang)})",
        )
        with st.form(f"progress-{item}", clear_on_submit=True):
            owner = st.selectbox("Owner", owners, format_func=lambda b: name_of(b, lang))
            status = st.selectbox(
                "Status", list(PROGRESS_STATUSES), format_func=lambda status: PROGRESS_STATUSES.label(status, lang)
            )
            date = st.text_input("Date (2013, 2013-05 or 2013-05-14)", value=datetime.date.today().isoformat())
            note = st.text_area("Note", max_chars=2000)
            locator = st.text_input("Where in it (para. 12, annex II…)", max_chars=200)
            quote = st.text_input("Its words (copied from the document)", max_chars=1000)
            if st.form_submit_button("Record", type="primary"):
                _record(item, owner, status, date.strip(), note.strip(), document, locator.strip(), quote.strip(), lang)


def _record(item, owner, status, date, note, document, locator, quote, lang) -> None:
    row = {
        "item": item,
        "owner": owner,
        "status": status,
        "date": date,
        "recorded": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
    }
    if note:
        row["note"] = note
    row["evidence"] = [{"document": document, "locator": locator, "quote": quote}]
    folder = seed_folder()
    try:
        with st.spinner("Recording and loading…"):
            record(folder, row)
            seeds.load(graph_or_stop(), folder)
    except InvalidSeeds as refused:
        # The problems of the new row, without the server's paths.
        said = "; ".join(
            f"{problem.field}: {problem.message}" if problem.field else problem.message for problem in refused.problems
        )
        st.error(f"Not recorded: {said}")
        return
    except MechGraphError as error:
        st.error(f"Not recorded: {error}")
        return
    st.cache_data.clear()
    st.success(f"Recorded in progress.yaml: {name_of(owner, lang)}, {PROGRESS_STATUSES.label(status, lang)} ({date}).")


def moved_since(workplan: str, lang: str) -> None:
    """What moved on the workplan since a date or a meeting."""
    meetings = {row["id"]: row for row in ask("events", limit=EVERY)}
    left, right = st.columns(2)
    since = left.text_input("Since (a date: 2013, 2013-05 or 2013-05-14)", key="since")
    meeting = right.selectbox(
        "or since a meeting",
        [None, *meetings],
        format_func=lambda e: (
            "—" if e is None else f"{meetings[e]['title']} ({meetings[e]['start'] or WORDS.label('undated', lang)})"
        ),
        key="since_meeting",
    )
    if not since and not meeting:
        st.caption("Give a date or a meeting to see what moved since.")
        return
    rows = ask("progress-since", since=since or None, meeting=meeting, workplan=workplan)
    if not rows:
        st.caption("Nothing recorded since then.")
        return
    facts_table(
        rows,
        lambda row: {"item": row["code"], "title": row["title"], **_shown(row, lang)},
        lambda row: ask("fact-evidence", id=row["progress"]),
        key="moved",
        identity=lambda row: row["progress"],
    )
