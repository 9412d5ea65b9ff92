"""Briefing: for a meeting's attendees, one briefing to read here, to download as HTML, or to print (PDF, A4)."""

import re

import streamlit as st

from dashboard import briefing, drawing, figure, layout
from dashboard import print as printing
from dashboard.common import ask, bodies, body_label, graph_or_stop, index_of, language, resolver, stop_if_empty
from dashboard.evidence import facts_table
from dashboard.params import keep_in_url, url_choice, url_text, url_texts, warn
from queries.catalogue import EVERY

TITLE = "Briefing for the meeting of focal points"

st.title("Briefing")
graph_or_stop()
stop_if_empty()
lang = language()
known = bodies(include_generic=False)
ids = sorted(known, key=lambda b: body_label(known[b], lang).casefold())


def resolve(texts: list[str]) -> tuple[list[str], list[str]]:
    """The bodies ``texts`` name (ids, any spelling the resolver knows, each once), and the texts that name none."""
    chosen, unknown = [], []
    for text in texts:
        body = text if text in known else resolver().resolve(text).id
        if body in known:
            chosen += [body] if body not in chosen else []
        else:
            unknown.append(text)
    return chosen, unknown


def picked() -> None:
    """A name typed + Enter that is no option is resolved to its body here; what names none is explained below."""
    chosen, unknown = resolve(st.session_state["attendees"])
    st.session_state["attendees"] = chosen
    st.session_state["briefing-unknown"] = unknown


# The link's names are read once per link: a link to this page with other names (a "did you mean")
# starts again from them.
link = url_texts("body")
if st.session_state.get("briefing-link") != link:
    st.session_state["attendees"], st.session_state["briefing-unknown"] = resolve(link)
attendees = st.multiselect(
    "Attending bodies (type any name or acronym in English, French or Chinese)",
    ids,
    format_func=lambda b: body_label(known[b], lang) if b in known else b,
    key="attendees",
    on_change=picked,
    accept_new_options=True,
    # Enter adds the one highlighted body, or the text typed: never every fuzzy match at once.
    select_all=False,
    filter_mode="contains",
    placeholder="Type any name or acronym",
)
unknown = st.session_state.get("briefing-unknown", [])
for text in unknown:
    nearest = [name for name in resolver().candidates(text, 4) if name.id in known]
    warn(f"No body is called “{text}”; it is left out of the briefing." + (" Did you mean:" if nearest else ""))
    for name in nearest:
        params = {"body": [*attendees, name.id]} | ({"lang": lang} if lang != "en" else {})
        st.page_link(__file__, label=body_label(known[name.id], lang), query_params=params, icon=":material/add:")
# Names that are no body stay in the link, so that its reader sees what was asked and why it is missing.
keep_in_url(body=[*attendees, *unknown])
st.session_state["briefing-link"] = [*attendees, *unknown]
if not attendees:
    st.info(
        "Choose the bodies attending the meeting, for example the African Commission, the Inter-American "
        "Commission and OHCHR's NIRMS."
    )
    st.stop()

title = st.text_input("Title", value=url_text("title", TITLE), key="title") or TITLE
keep_in_url(title=None if title == TITLE else title)
meetings = {row["id"]: row for row in ask("events", limit=EVERY) if row["start"]}
left, right = st.columns(2)
since = left.text_input(
    "Show workplan progress since (a date: 2013, 2013-05 or 2013-05-14; empty: none)",
    value=url_text("since"),
    key="since",
).strip()
meeting = right.selectbox(
    "or since a meeting",
    [None, *meetings],
    index=index_of([None, *meetings], url_choice("meeting", list(meetings), what="meeting")),
    format_func=lambda e: "—" if e is None else f"{meetings[e]['title'][:90]} ({meetings[e]['start']})",
    key="meeting",
)
if since and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", since):
    st.warning(f"“{since}” is not a date such as 2013, 2013-05 or 2013-05-14; progress is left out.")
    since = ""
keep_in_url(since=since or None, meeting=meeting)
since = since or (meetings[meeting]["start"] if meeting else "")  # a date typed wins over a meeting
made = briefing.gather(ask, attendees, known, lang, title, since=since or None)
positions = layout.layout(made.nodes, made.edges)

left, right = st.columns([4, 1])
with left:
    st.iframe(drawing.pyvis_html(made.nodes, made.edges, positions, "system", lang, height=440), height=460)
with right:
    st.markdown(drawing.legend_html("system", {edge["type"] for edge in made.edges}, lang), unsafe_allow_html=True)


def shown(line: briefing.Line) -> dict:
    return {"about": line.about, "fact": line.text, "where": line.source}


def evidence(line: briefing.Line) -> list[dict]:
    return ask("fact-evidence", id=line.fact) if line.fact else []


st.caption("Select a line to see its evidence: the document, the paragraph and the quote.")
for person in made.attendees:
    st.subheader(person.label)
    if not person.lines:
        st.caption("Nothing recorded for this body.")
        continue
    missing = [
        what for what, lines in (("open actions", person.actions), ("joint activities", person.activities)) if not lines
    ]
    facts_table(person.lines, shown, evidence, key=f"fact-{person.body}", identity=lambda line: str(line.fact))
    notes = [f"No {what}." for what in missing]
    notes += ["No references between it and the other attendees."] if not person.references else []
    notes += ["No focal point recorded."] if not person.focal_points else []
    if notes:
        st.caption(" ".join(notes))

st.subheader("Gaps")
st.markdown(
    "**Attendees without a focal point:** " + ("; ".join(made.without_focal_point) or "none") + ".  \n"
    "**Actions of the focal points' workplan owned only collectively** (by a class such as “all RHRMs”, "
    "nobody in particular):"
)
if made.gaps:
    facts_table(made.gaps, shown, evidence, key="gap", identity=lambda line: str(line.fact))
else:
    st.caption("None.")

st.subheader("Sources")
st.markdown("\n".join(f"- {source}" for source in made.sources) or "None.")


@st.cache_data(ttl=60, show_spinner="Preparing the files…")
def files(attendees: tuple[str, ...], lang: str, title: str, since: str) -> tuple[str, bytes, bytes]:
    """The HTML page, the PDF and the PNG of one briefing (made again only when it changes)."""
    made = briefing.gather(ask, list(attendees), known, lang, title, since=since or None)
    positions = layout.layout(made.nodes, made.edges)
    image = figure.png(made.nodes, made.edges, positions, "system", lang, title=title, full_names=True)
    vector = figure.svg(made.nodes, made.edges, positions, "system", lang, full_names=True, **printing.FIGURE)
    return briefing.to_html(made, image), printing.to_pdf(made, vector), image


page, pdf, image = files(tuple(attendees), lang, title, since)
one, two, three = st.columns(3)
one.download_button(
    "Download the briefing (PDF, A4)", pdf, file_name="mechgraph-briefing.pdf", mime="application/pdf", key="pdf"
)
two.download_button(
    "Download the briefing (HTML)", page, file_name="mechgraph-briefing.html", mime="text/html", key="download-html"
)
three.download_button(
    "Download the network (PNG)", image, file_name="mechgraph-network.png", mime="image/png", key="download-png"
)
