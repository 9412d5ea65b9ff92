"""Joint activities: a timeline and a by-country view, filterable by kind, body, status, country and year;
the matching activities a page at a time, each opening its evidence."""

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.common import ask, choice, graph_or_stop, language, name_of, pick_body, stop_if_empty
from dashboard.countries import country_name, pick_country
from dashboard.evidence import facts_table
from dashboard.paging import paged, pager
from dashboard.params import keep_in_url, url_choice, url_int
from dashboard.words import WORDS
from registry import vocabulary

PAGE = "views/activities.py"

st.title("Joint activities")
graph_or_stop()
lang = language()
stop_if_empty()

# The years and countries to choose from, counted in the graph: no activity is read for them.
[everything] = ask("activity-facets")
years = everything["years"]
with st.sidebar:
    kind = choice("Kind", vocabulary.ACTIVITY_KINDS, "kind", "all kinds", lang=lang)
    body = pick_body("Body (any name or acronym)", "body", PAGE, lang)
    status = choice("Status", vocabulary.ACTIVITY_STATUSES, "status", lang=lang)
    country = pick_country("Country", "country", [place["country"] for place in everything["countries"]], lang)
    given = url_int("year", 0, 0, 2100, "year", "every year") or None
    if given and given not in years:
        st.warning(f"No joint activity is dated {given}; showing every year.", icon="🔗")
        given = None
    year = st.selectbox(
        "Year",
        [None, *years],
        index=[None, *years].index(given),
        format_func=lambda y: ("all years" if lang == "en" else WORDS.label("all", lang)) if y is None else str(y),
        key="year",
    )
    undated = st.toggle(
        "Keep undated activities",
        value=url_choice("undated", ["on", "off"], "on", "undated activities") == "on",
        key="undated",
        help="Many activities are known without a date. With a year chosen, they are kept unless you leave them out.",
    )
keep_in_url(kind=kind, body=body, status=status, country=country, year=year, undated=None if undated else "off")

filters = {"kind": kind, "body": body, "status": status, "country": country}
# The query alone would drop undated activities with any year: here the user decides.
chosen = {**filters, "year": year, "undated": undated if year is not None else (None if undated else False)}
if year is not None:
    dropped = ask("activity-facets", **filters)[0]["undated"]
    st.caption(
        f"Activities of {year}; "
        + (
            "undated activities are kept (none matches the other filters)."
            if not dropped
            else f"{dropped} undated activities are "
            + ("kept (switch “Keep undated activities” off to leave them out)." if undated else "left out.")
        )
    )
elif not undated:
    st.caption("Undated activities are left out.")
page = paged("joint-activities", **chosen)
if not page.rows:
    st.info("No joint activity matches these filters.")
    st.stop()
rows = page.rows

frame = pd.DataFrame(rows)
frame["who"] = frame["participants"].map(lambda ids: ", ".join(name_of(b, lang, short=True) for b in ids))
frame["kind"] = frame["kind"].map(lambda value: vocabulary.ACTIVITY_KINDS.label(value, lang))
frame["status"] = frame["status"].map(lambda s: vocabulary.ACTIVITY_STATUSES.label(s, lang) if s else None)
frame["place"] = frame["country"].map(lambda code: country_name(code, lang))
st.caption(f"{page.total:,} joint {'activity' if page.total == 1 else 'activities'}")

dated = frame[frame["start"].notna()].copy()
if not dated.empty:
    st.subheader("Timeline")
    if page.count > 1:
        st.caption(f"The dated ones among {page.caption('activities').lower()}, the page shown below.")
    # "2012" and "2012-09" are drawn at the start of their year or month.
    dated["date"] = pd.to_datetime(dated["start"].map(lambda start: (start + "-01-01")[:10]), errors="coerce")
    st.altair_chart(
        alt.Chart(dated[["date", "kind", "status", "title", "start", "place", "who"]])
        .mark_circle(size=90)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("kind:N", title=None),
            color=alt.Color("status:N"),
            tooltip=["title", "start", alt.Tooltip("place:N", title="country"), "who", "status"],
        )
    )

st.subheader("By country")
matching = ask("activity-facets", **chosen)[0]["countries"]
by_country = pd.Series(
    {country_name(place["country"], lang): place["activities"] for place in matching if place["country"]},
    name="activities",
    dtype="int64",
).sort_values(ascending=False)
if by_country.empty:
    st.caption("No activity has a country.")
else:
    st.bar_chart(by_country)

st.subheader("All matching activities")
pager(page, "activities", forget=["activity"])
facts_table(
    rows,
    lambda row: {
        "start": row["start"] or WORDS.label("undated", lang),
        "kind": vocabulary.ACTIVITY_KINDS.label(row["kind"], lang),
        "title": row["title"],
        "country": country_name(row["country"], lang) or "",
        "status": vocabulary.ACTIVITY_STATUSES.label(row["status"], lang) if row["status"] else None,
        "participants": ", ".join(name_of(b, lang) for b in row["participants"]),
    },
    lambda row: ask("fact-evidence", id=row["activity"]),
    key="activity",
    identity=lambda row: row["activity"],
    prompt="Select an activity to see the documents and quotes behind it.",
)
