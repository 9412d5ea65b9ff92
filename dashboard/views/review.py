"""Review: the links ingestion proposed, accepted as proposed or edited, rejected, withdrawn, one by one or in a batch.

Every decision goes through ``loaders.documents.review`` with the dashboard's seed folder, so it
is first written to that folder's decisions file, which ``mechgraph load`` and ``ingest`` replay.
"""

import streamlit as st

from dashboard import auth
from dashboard.common import (
    ask,
    bodies,
    body_label,
    choice,
    graph_or_stop,
    language,
    pick_body,
    pick_document,
    seed_folder,
    stop_if_empty,
    url_document,
)
from dashboard.evidence import highlight
from dashboard.figures import recompute
from dashboard.paging import paged, pager
from dashboard.params import keep_in_url, url_choice, url_text
from dashboard.review import batch_summary, done, plain_error, proposal, shown_path
from graph.errors import MechGraphError
from loaders.documents import review as reviewing
from loaders.documents.candidates import DETAILS
from loaders.documents.decisions import path_in
from registry.names import SEEDS
from registry.vocabulary import CANDIDATE_KINDS, CANDIDATE_STATUSES, LANGUAGES

_SAID = "review-said"  # what the last decision did, shown once after the page reruns
# A new table after each write: its selection is of row positions, which a write shifts.
_GENERATION = "review-generation"


def _may_write() -> bool:
    """Whether this visitor may record decisions: always on 127.0.0.1; on a shared dashboard, once signed in
    (until then the sign-in form ends the page)."""
    auth.require_writer()
    return True


st.title("Review")
graph = graph_or_stop()
stop_if_empty()
lang = language()
known = bodies()


def name(body: str) -> str:
    return body_label(known.get(body, {"id": body}), lang)


def recorded() -> str:
    """The decisions file, as the page names it."""
    return shown_path(path_in(seed_folder()), SEEDS.parent)


def what(row: dict, accepted: bool = False) -> str:
    """The candidate as a sentence: as proposed, or as accepted (with the kind and bodies chosen)."""
    detail = row["accepted_detail"] if accepted and row.get("accepted_detail") else row["detail"]
    chosen = row["accepted_bodies"] if accepted and row.get("accepted_bodies") else row["bodies"]
    return proposal(row["kind"], detail, [name(b) for b in chosen], bool(row.get("proposed")), row.get("item_title"))


for level, message in st.session_state.pop(_SAID, []):
    (st.success if level == "success" else st.error)(message)

# How many candidates there are in all: one row asked, the total it carries.
everything = ask("review-candidates", limit=1)
if not everything:
    st.info(
        "No candidates yet: ingesting a document (`mechgraph ingest FILE`) proposes the joint activities, "
        "references and workplan owners its sentences name, for review here."
    )
    st.stop()

# Candidates come from ingested documents: those are the document filter's choices, found by their words.
with st.sidebar:
    statuses = ["candidate", "accepted", "rejected", "all"]
    status = st.selectbox(
        "Status",
        statuses,
        index=statuses.index(url_choice("status", statuses, "candidate", "status")),
        format_func=lambda s: "all" if s == "all" else CANDIDATE_STATUSES.label(s, lang),
        key="status",
    )
    kind = choice("Kind", CANDIDATE_KINDS, "kind", "all kinds", lang=lang)
    document = pick_document(
        "Document",
        "document",
        lambda row: " · ".join(
            part for part in (row["symbol"] or row["id"], LANGUAGES.label(row["lang"] or "", lang)) if part
        ),
        chosen=url_document("document", ingested=True),
        ingested=True,
        everything="all documents",
    )
    body = pick_body("Naming the body", "body", __file__, lang)
keep_in_url(status=None if status == "candidate" else status, kind=kind, document=document, body=body)

listed = paged("review-candidates", status=None if status == "all" else status, kind=kind, document=document, body=body)
rows = listed.rows
if not rows:
    st.info("No candidate matches these filters.")
    st.stop()

st.caption(
    f"{listed.total:,} of {everything[0]['total']:,} candidates. Select one row to read it in its paragraph and "
    f"decide; select several to decide them together. Decisions are recorded in {recorded()}."
)
pager(listed, "candidates", forget=["candidate"])
remembered = url_text("candidate")
positions = [row["id"] for row in rows]
table = st.dataframe(
    [
        {
            "document": row["symbol"] or row["document"],
            "where": row["locator"],
            "kind": CANDIDATE_KINDS.label(row["kind"], lang),
            # An accepted candidate shows what it became: the kind and bodies chosen.
            "what": DETAILS[row["kind"]].label(row["accepted_detail"] or row["detail"], lang),
            "bodies": ", ".join(name(b) for b in row["accepted_bodies"] or row["bodies"]),
            "status": CANDIDATE_STATUSES.label(row["status"], lang),
            "quote": row["quote"],
        }
        for row in rows
    ],
    hide_index=True,
    # Long locators (a heading's words) must not push the bodies and the quote out of sight.
    column_config={
        "document": st.column_config.TextColumn(width=100),
        "where": st.column_config.TextColumn(width=130),
        "kind": st.column_config.TextColumn(width=110),
        "what": st.column_config.TextColumn(width=180),
        "bodies": st.column_config.TextColumn(width=280),
        "status": st.column_config.TextColumn(width=90),
        "quote": st.column_config.TextColumn(width="large"),
    },
    on_select="rerun",
    selection_mode="multi-row",
    # A table for each page after the first too: a selection of row positions means nothing on another page.
    key=f"candidates-{st.session_state.get(_GENERATION, 0)}" + (f"-{listed.number}" if listed.number > 1 else ""),
    selection_default={"selection": {"rows": [positions.index(remembered)]}} if remembered in positions else None,
)
picked = [rows[i] for i in (table.selection.rows if table else []) if i < len(rows)]
# One chosen candidate is kept in the link (its id; a person reads its sentence, never the id).
keep_in_url(candidate=picked[0]["id"] if len(picked) == 1 else None)


def finish(messages: list[tuple[str, str]]) -> None:
    """Show ``messages`` on the page as it reruns with the graph as it now is."""
    st.session_state[_SAID] = messages
    st.session_state[_GENERATION] = st.session_state.get(_GENERATION, 0) + 1
    st.cache_data.clear()  # the answers cached before the write are out of date
    recompute()  # the network figures, in the background
    st.rerun()


def outcome(action: str, failure: str | None, what_it_is: str) -> None:
    """End a single decision: say what it did (or why it did nothing) once the page shows the new state."""
    finish([("error", failure)] if failure else [("success", done(action, what_it_is, recorded()))])


def decide(action: str, row: dict, **chosen) -> str | None:
    """Apply one decision, recorded in the seed folder's decisions file; the reason it failed, or None."""
    folder = seed_folder()
    try:
        if action == "accept":
            reviewing.accept(graph, row["id"], seeds=folder, **chosen)
        elif action == "reject":
            reviewing.reject(graph, row["id"], seeds=folder)
        else:
            reviewing.withdraw(graph, row["id"], seeds=folder)
    except MechGraphError as error:
        return plain_error(error, row["id"], what(row))
    except OSError as error:  # the decisions file could not be written: the transaction did not commit either
        return f"The decisions file {recorded()} cannot be written ({error.strerror or error}); nothing changed."
    return None


if len(picked) > 1:
    st.subheader(f"{len(picked)} candidates selected")
    open_ones = [row for row in picked if row["status"] == "candidate"]
    decided = [row for row in picked if row["status"] != "candidate"]
    if not _may_write():
        st.warning("Sign in to record decisions.")
        st.stop()
    columns = st.columns(3)
    actions = [
        ("accept", f"Accept {len(open_ones)} as proposed", open_ones),
        ("reject", f"Reject {len(open_ones)}", open_ones),
        ("withdraw", f"Withdraw the decisions on {len(decided)}", decided),
    ]
    for column, (action, label, chosen_rows) in zip(columns, actions, strict=True):
        if column.button(label, key=f"batch-{action}", disabled=not chosen_rows):
            progress = st.progress(0.0, text="Recording…")
            failures = []
            for number, row in enumerate(chosen_rows, 1):
                failure = decide(action, row)
                if failure:
                    failures.append(failure)
                progress.progress(number / len(chosen_rows), text=f"{number} of {len(chosen_rows)}")
            summary = batch_summary(action, len(chosen_rows) - len(failures), failures, recorded())
            finish([("error" if failures else "success", summary)])
    st.stop()

if not picked:
    st.caption("Select a row to see its paragraph and decide.")
    st.stop()

row = picked[0]
sentence = what(row, accepted=row["status"] == "accepted")
st.subheader(sentence[:1].upper() + sentence[1:])
language_name = LANGUAGES.label(row["language"], lang) if row.get("language") else None
st.markdown(
    " · ".join(part for part in (f"**{row['symbol'] or row['document']}**", language_name, row["locator"]) if part)
)
with st.container(border=True):
    st.markdown(highlight(row["paragraph"] or row["quote"], row["quote"]), unsafe_allow_html=True)

if row["status"] != "candidate":
    st.info(
        f"{CANDIDATE_STATUSES.label(row['status']).capitalize()}. Withdrawing the decision makes it a candidate again."
    )
    if _may_write() and st.button("Withdraw the decision", key=f"withdraw-{row['id']}"):
        outcome("withdraw", decide("withdraw", row), what(row))
    st.stop()

if not _may_write():
    st.warning("Sign in to record decisions.")
    st.stop()

vocabulary = DETAILS[row["kind"]]
everyone = st.toggle("Edit: choose among all bodies", key=f"everyone-{row['id']}")
options = list(dict.fromkeys([*row["bodies"], *(sorted(known, key=lambda b: name(b).casefold()) if everyone else [])]))
detail = st.selectbox(
    {"activity": "Kind of activity", "reference": "Kind of reference"}.get(row["kind"], "Role of the owner"),
    list(vocabulary),
    index=list(vocabulary).index(row["detail"]) if row["detail"] in vocabulary else 0,
    format_func=lambda value: vocabulary.label(value, lang),
    key=f"detail-{row['id']}",
)
chosen: dict = {"detail": None if detail == row["detail"] else detail}
if row["kind"] == "reference":
    left, right = st.columns(2)
    source = left.selectbox("Who cites", options, index=0, format_func=name, key=f"source-{row['id']}")
    target = right.selectbox(
        "Whom it cites", options, index=1 if len(options) > 1 else 0, format_func=name, key=f"target-{row['id']}"
    )
    chosen.update(source=source, target=target)
    accepted_bodies = [source, target]
elif row["kind"] == "activity":
    accepted_bodies = st.multiselect(
        "Bodies taking part", options, default=row["bodies"], format_func=name, key=f"bodies-{row['id']}"
    )
    chosen["bodies"] = None if accepted_bodies == list(row["bodies"]) else accepted_bodies
else:
    owner = st.selectbox("Owner", options, index=0, format_func=name, key=f"owner-{row['id']}")
    accepted_bodies = [owner]
    chosen["bodies"] = None if accepted_bodies == list(row["bodies"][:1]) else accepted_bodies

becomes = proposal(
    row["kind"], detail, [name(b) for b in accepted_bodies], bool(row.get("proposed")), row.get("item_title")
)
st.caption(f"Accepting makes it {becomes}.")
accept_column, reject_column = st.columns(2)
if accept_column.button("Accept", type="primary", key=f"accept-{row['id']}"):
    outcome("accept", decide("accept", row, **chosen), becomes)
if reject_column.button("Reject", key=f"reject-{row['id']}"):
    outcome("reject", decide("reject", row), what(row))
