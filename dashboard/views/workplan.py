"""Workplan: who owns each item (the ownership matrix), what nobody owns in particular, the load per owner."""

import pandas as pd
import streamlit as st

from dashboard.common import ask, choice, graph_or_stop, index_of, stop_if_empty
from dashboard.params import keep_in_url, url_choice, url_text
from registry import vocabulary

ROLE_MARK = {"lead": "L", "named": "●", "in_particular": "P", "collective": "C"}
assert set(ROLE_MARK) == set(vocabulary.OWNER_ROLES), "every ownership role needs a mark"
ANNEX_II = "fp-meeting-2012-workplan"

st.title("Workplan")
graph_or_stop()
stop_if_empty()

items = ask("workplan-items")
workplans = sorted({row["workplan"] for row in items}, key=lambda w: (w != ANNEX_II, w))
if not workplans:
    st.info("No workplan is loaded.")
    st.stop()
with st.sidebar:
    workplan = st.selectbox(
        "Workplan",
        workplans,
        index=index_of(workplans, url_choice("workplan", workplans, what="workplan")),
        key="workplan",
    )
    term = choice("Term", vocabulary.TERMS, "term", "all terms")
    owner = st.text_input("Owner (any name or acronym)", value=url_text("owner"), key="owner")
keep_in_url(workplan=workplan, term=term, owner=owner or None)

rows = ask("workplan-items", workplan=workplan, term=term)
ownership = {row["item"]: ask("item-owners", item=row["item"]) for row in rows}
if owner:
    owned = {row["item"] for row in ask("owner-items", owner=owner, workplan=workplan)}
    rows = [row for row in rows if row["item"] in owned]

gaps = {row["item"]: row["gap"] for row in ask("items-without-named-owner", workplan=workplan)}
st.subheader("Ownership matrix")
st.caption('L lead · ● named · P in particular · C collective ("all RHRMs"); ⚠ owned by nobody in particular.')
owners = sorted({o["owner"] for item in rows for o in ownership[item["item"]]})
matrix = pd.DataFrame(
    [
        {
            "item": f"{'⚠ ' if row['item'] in gaps else ''}{row['code']}",
            "title": row["title"],
            **{
                o["owner"]: ROLE_MARK[o["role"]] + (" −" + ",".join(o["except"]) if o["except"] else "")
                for o in ownership[row["item"]]
            },
        }
        for row in rows
    ],
    columns=["item", "title", *owners],
).fillna("")
st.dataframe(matrix, hide_index=True)

st.subheader("Owned by nobody in particular")
if gaps:
    st.dataframe(
        [
            {"item": row["code"], "title": row["title"], "gap": gaps[row["item"]]}
            for row in ask("workplan-items", workplan=workplan)
            if row["item"] in gaps
        ],
        hide_index=True,
    )
else:
    st.caption("Every item has a named owner.")

st.subheader("Load per owner")
load = pd.DataFrame(ask("owner-load", workplan=workplan, limit=40))
if not load.empty:
    st.bar_chart(load.set_index("owner")[list(vocabulary.OWNER_ROLES)], horizontal=True)

st.subheader("Implementation lines")
item_ids = [row["item"] for row in rows]
if item_ids:
    chosen = st.selectbox(
        "Item",
        item_ids,
        format_func=lambda i: next(r["code"] + ": " + r["title"] for r in rows if r["item"] == i),
        key="item",
    )
    owners_of = ownership[chosen]
    st.markdown(
        f"**Implementation:** {owners_of[0]['implementation'] if owners_of and owners_of[0]['implementation'] else '–'}"
    )
    st.dataframe(owners_of, hide_index=True)
