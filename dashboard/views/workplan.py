"""Workplan: who owns each item (the ownership matrix), what nobody owns in particular, the load per owner.

A row of the matrix opens the item's evidence; the item's owners then each open the
"Implementation:" line that names them, with its document, locator and quote.
"""

import pandas as pd
import streamlit as st

from dashboard import progress
from dashboard.common import ask, choice, graph_or_stop, language, name_of, pick_body, stop_if_empty
from dashboard.evidence import facts_table
from dashboard.paging import paged, pager
from dashboard.params import keep_in_url, url_choice
from queries.catalogue import EVERY
from registry import vocabulary

PAGE = "views/workplan.py"
ROLE_MARK = {"lead": "L", "named": "●", "in_particular": "P", "collective": "C"}
assert set(ROLE_MARK) == set(vocabulary.OWNER_ROLES), "every ownership role needs a mark"
ANNEX_II = "fp-meeting-2012-workplan"
IMPLEMENTATION = "Implementation:"

st.title("Workplan")
graph_or_stop()
lang = language()
stop_if_empty()

# Every workplan that has items, for the picker: one light row each (not their thousands of items).
plans = [row for row in ask("workplans", limit=EVERY) if row["items"]]
titles = {row["workplan"]: row["title"] or row["workplan"] for row in plans}
workplans = sorted(titles, key=lambda w: (w != ANNEX_II, w))
if not workplans:
    st.info("No workplan is loaded.")
    st.stop()
with st.sidebar:
    workplan = st.selectbox(
        "Workplan",
        workplans,
        index=workplans.index(
            url_choice("workplan", workplans, ANNEX_II if ANNEX_II in workplans else None, "workplan") or workplans[0]
        ),
        format_func=lambda w: titles.get(w, w),
        key="workplan",
    )
    term = choice("Term", vocabulary.TERMS, "term", "all terms", lang=lang)
    owner = pick_body("Owner (any name or acronym)", "owner", PAGE, lang)
keep_in_url(workplan=workplan, term=term, owner=owner)

items = paged("workplan-items", workplan=workplan, term=term, also={"owner": owner})
rows = items.rows
ownership = {row["item"]: ask("item-owners", item=row["item"]) for row in rows}
if owner:
    owned = {row["item"] for row in ask("owner-items", owner=owner, workplan=workplan)}
    rows = [row for row in rows if row["item"] in owned]
    st.caption(f"{len(rows)} items owned by {name_of(owner, lang)}.")

# The gaps of the whole workplan, to mark the page's items (a workplan has dozens of items, not thousands).
gaps = {row["item"]: row["gap"] for row in ask("items-without-named-owner", workplan=workplan, limit=EVERY)}
owners = sorted({o["owner"] for item in rows for o in ownership[item["item"]]}, key=lambda b: name_of(b, lang, True))
# Columns by name, short (acronyms where names are long); two bodies with one short name keep apart.
columns: dict[str, str] = {}
for body in owners:
    label = name_of(body, lang, short=True)
    columns[body] = label if label not in columns.values() else f"{label} ({body})"


def marks(row: dict) -> dict:
    held = {
        o["owner"]: ROLE_MARK[o["role"]]
        + (" −" + ",".join(name_of(e, lang, True) for e in o["except"]) if o["except"] else "")
        for o in ownership[row["item"]]
    }
    return {
        "item": f"{'⚠ ' if row['item'] in gaps else ''}{row['code']}",
        "title": row["title"],
        **{columns[body]: held.get(body, "") for body in owners},
    }


def noted(evidence: list[dict]) -> list[dict]:
    """The item's evidence, its "Implementation:" line first: that line is what names the owners."""
    lines = [{**row, "note": "the Implementation line"} for row in evidence if row["quote"].startswith(IMPLEMENTATION)]
    return lines + [{**row, "note": "the item"} for row in evidence if not row["quote"].startswith(IMPLEMENTATION)]


st.subheader("Ownership matrix")
st.caption(
    'L lead · ● named · P in particular · C collective ("all RHRMs"); ⚠ owned by nobody in particular. '
    "Select an item to see its owners and the documents behind them."
)
if not rows:
    st.info("No item matches these filters.")
    st.stop()
pager(items, "items", forget=["item", "owned_by"])
chosen = facts_table(
    rows,
    marks,
    lambda row: noted(ask("fact-evidence", id=row["item"])),
    key="item",
    identity=lambda row: row["item"],
    height="content",  # a workplan has a few dozen items: all of them at once
    prompt="Select an item (a row) to see its owners and its evidence.",
)

if chosen:
    owners_of = ownership[chosen["item"]]
    st.markdown(f"#### Who owns {chosen['code']}")
    line = owners_of[0]["implementation"] if owners_of and owners_of[0]["implementation"] else None
    st.markdown(f"**{IMPLEMENTATION}** {line or 'not stated'}")
    facts_table(
        owners_of,
        lambda o: {
            "owner": name_of(o["owner"], lang),
            "role": vocabulary.OWNER_ROLES.label(o["role"], lang),
            "except": ", ".join(name_of(e, lang) for e in o["except"]),
        },
        # What makes a body an owner is the Implementation line; the item's own quotes follow it.
        lambda o: noted(ask("fact-evidence", id=chosen["item"])),
        key="owned_by",
        identity=lambda o: o["owner"],
        prompt="Select an owner to see the Implementation line that names it, with its document and quote.",
    )
    st.markdown(f"#### Progress on {chosen['code']}")
    progress.item_progress(chosen["item"], lang)
    progress.record_form(chosen["item"], [o["owner"] for o in owners_of], lang)

st.subheader("What moved since")
progress.moved_since(workplan, lang)

st.subheader("Owned by nobody in particular")
if gaps:
    unowned = paged("items-without-named-owner", key="gaps_page", workplan=workplan)
    pager(unowned, "items")
    st.dataframe(
        [{"item": row["code"], "title": row["title"], "gap": row["gap"]} for row in unowned.rows],
        hide_index=True,
    )
else:
    st.caption("Every item has a named owner.")

st.subheader("Load per owner")
load = pd.DataFrame(ask("owner-load", workplan=workplan, limit=40))
if not load.empty:
    load["owner"] = load["owner"].map(lambda body: name_of(body, lang, short=True))
    load = load.rename(columns={role: vocabulary.OWNER_ROLES.label(role, lang) for role in vocabulary.OWNER_ROLES})
    st.bar_chart(
        load.set_index("owner")[[vocabulary.OWNER_ROLES.label(r, lang) for r in vocabulary.OWNER_ROLES]],
        horizontal=True,
    )
