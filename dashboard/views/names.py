"""Unknown names: the names ingestion found that look like a body's, each settled here as an alias, a new body or not a body."""

import streamlit as st

from dashboard import auth
from dashboard.common import (
    ask,
    bodies,
    body_label,
    forget_answers,
    graph_or_stop,
    language,
    pick_body,
    seed_folder,
    stop_if_empty,
)
from dashboard.evidence import highlight
from dashboard.figures import recompute
from dashboard.paging import paged, pager
from dashboard.params import keep_in_url, url_text
from graph.errors import MechGraphError
from loaders import settling
from loaders.documents import settle
from registry import settled, vocabulary

PAGE = "views/names.py"

st.title("Unknown names")
graph = graph_or_stop()
stop_if_empty()
lang = language()
st.caption(
    "Names that ingestion found looking like a body's, but that the registry does not hold. Settle each one: "
    "a spelling of a known body, a new body, or not a body. Every decision is kept in "
    f"{settled.FILE} beside the seeds, and the mentions of every ingested document are recomputed."
)
for line in st.session_state.pop("names-settled", []):
    st.success(line)

listed = paged("unknown-names")
rows = listed.rows
if not rows:
    st.info("No unknown names: every name that looks like a body's is settled (or nothing is ingested yet).")
    st.stop()

by_name = {row["name"]: row for row in rows}
wanted = url_text("name")
if wanted and wanted not in by_name:
    # A link may name one on another page: it is looked up alone.
    by_name.update({row["name"]: row for row in ask("unknown-names", name=wanted)})
    if wanted not in by_name:
        st.warning(f"“{wanted}” is not among the unknown names (it may be settled already).")
names = list(by_name)
chosen = st.selectbox(
    f"{listed.total:,} unknown names, most frequent first",
    names,
    index=names.index(wanted) if wanted in by_name else 0,
    format_func=lambda name: f"{name} — {by_name[name]['paragraphs']} paragraph(s)",
    key="name-choice",
)
keep_in_url(name=chosen)
pager(listed, "names", forget=["name"], widgets=["name-choice"])
row = by_name[chosen]

st.subheader(chosen)
for place in row["places"][:10]:
    with st.container(border=True):
        st.markdown(f"**{place['symbol']}** · {place['locator']}")
        st.markdown(highlight(place["text"], chosen), unsafe_allow_html=True)
if len(row["places"]) > 10:
    st.caption(f"…and {len(row['places']) - 10} more paragraphs.")

st.subheader("Settle it")
decision = st.radio(
    "This name is",
    list(vocabulary.NAME_DECISIONS),
    format_func=lambda value: vocabulary.NAME_DECISIONS.label(value, lang),
    horizontal=True,
    key="decision",
)
fields: dict = {}
if decision == "alias":
    fields["body"] = pick_body("The body it names", "of", PAGE, lang)
    fields["lang"] = st.selectbox(
        "Written in",
        list(vocabulary.LANGUAGES),
        format_func=lambda value: vocabulary.LANGUAGES.label(value, lang),
        key="alias-lang",
    )
elif decision == "new_body":
    left, right = st.columns(2)
    fields["id"] = st.text_input("Id (in links and on the command line)", value=settled.slug(chosen), key="new-id")
    fields["system"] = left.selectbox(
        "System",
        list(vocabulary.SYSTEMS),
        format_func=lambda value: vocabulary.SYSTEMS.label(value, lang),
        key="new-system",
    )
    fields["kind"] = right.selectbox(
        "Kind",
        list(vocabulary.MECHANISM_KINDS),
        format_func=lambda value: vocabulary.MECHANISM_KINDS.label(value, lang),
        key="new-kind",
    )
    fields["region"] = left.selectbox(
        "Region",
        [None, *vocabulary.REGIONS],
        format_func=lambda r: "none" if r is None else vocabulary.REGIONS.label(r, lang),
        key="new-region",
    )
    with right:
        fields["parent"] = pick_body("Part of (optional)", "parent", PAGE, lang)

if st.button("Settle", type="primary", key="settle"):
    auth.require_writer()
    first = row["places"][0]
    evidence = {
        "document": first["document"],
        "locator": first["locator"],
        "quote": settle.sentence(first["text"], chosen),
    }
    try:
        if decision == "alias" and not fields.get("body"):
            raise MechGraphError("Pick the body this name is a spelling of.")
        recorded = settle.decision_row(seed_folder(), decision, chosen, evidence, **fields)
        done = settling.settle(graph, seed_folder(), recorded)
    except MechGraphError as error:
        st.error(str(error))
    else:
        forget_answers()
        recompute()  # the network figures, in the background
        known = bodies()
        st.session_state["names-settled"] = done.lines(lambda b: body_label(known[b], lang) if b in known else b)
        for key in ("pick-of", "pick-parent", "decision"):
            st.session_state.pop(key, None)  # the next name starts from an empty form
        keep_in_url(name=None, of=None, parent=None)
        st.rerun()
