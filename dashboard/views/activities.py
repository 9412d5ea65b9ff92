"""Joint activities: a timeline and a by-country view, filterable by kind and body."""

import altair as alt
import pandas as pd
import streamlit as st

from dashboard.common import ask, choice, graph_or_stop, stop_if_empty
from dashboard.params import keep_in_url, url_int, url_text
from registry import vocabulary

st.title("Joint activities")
graph_or_stop()
stop_if_empty()

with st.sidebar:
    kind = choice("Kind", vocabulary.ACTIVITY_KINDS, "kind", "all kinds")
    body = st.text_input("Body (any name or acronym)", value=url_text("body"), key="body")
    status = choice("Status", vocabulary.ACTIVITY_STATUSES, "status")
    country = st.text_input("Country (ISO alpha-3, e.g. TUN)", value=url_text("country"), key="country")
    year = st.number_input("Year (0: all)", 0, 2100, url_int("year", 0, 0, 2100, "year"), key="year")
keep_in_url(kind=kind, body=body or None, status=status, country=country or None, year=year or None)

rows = ask(
    "joint-activities",
    kind=kind,
    body=body or None,
    status=status,
    country=country or None,
    year=year or None,
    limit=1000,
)
if not rows:
    st.info("No joint activity matches these filters.")
    st.stop()
frame = pd.DataFrame(rows)
frame["participants"] = frame["participants"].map(", ".join)
st.caption(f"{len(frame)} joint activities")

dated = frame[frame["start"].notna()].copy()
if not dated.empty:
    st.subheader("Timeline")
    # "2012" and "2012-09" are drawn at the start of their year or month.
    dated["date"] = pd.to_datetime(dated["start"].map(lambda start: (start + "-01-01")[:10]), errors="coerce")
    st.altair_chart(
        alt.Chart(dated)
        .mark_circle(size=90)
        .encode(
            x=alt.X("date:T", title=None),
            y=alt.Y("kind:N", title=None),
            color=alt.Color("status:N"),
            tooltip=["title", "start", "country", "participants", "status"],
        )
    )

st.subheader("By country")
by_country = frame[frame["country"].notna()].groupby("country").size().rename("activities").sort_values(ascending=False)
if by_country.empty:
    st.caption("No activity has a country.")
else:
    st.bar_chart(by_country)

st.subheader("All matching activities")
st.dataframe(frame[["start", "kind", "title", "country", "status", "participants"]], hide_index=True)
