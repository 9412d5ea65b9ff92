"""MechGraph dashboard: `mechgraph dashboard` runs this file with Streamlit.

Every page opens with a notice while a batched load is writing the graph (or was interrupted),
as the pages then show it half-written (loaders.seeds.batched).
"""

from pathlib import Path

import streamlit as st

from dashboard import auth, serve
from dashboard.common import _graph
from graph.errors import MechGraphError
from loaders.seeds import state

HERE = Path(__file__).parent

st.set_page_config(page_title="MechGraph", page_icon="🕸", layout="wide")
auth.gate()  # served beyond 127.0.0.1: sign in first (unless reading was opened to all)

PAGES = [
    st.Page(HERE / "views" / "overview.py", title="Overview", default=True),
    st.Page(HERE / "views" / "network.py", title="Network", url_path="network"),
    st.Page(HERE / "views" / "citations.py", title="Who cites whom", url_path="citations"),
    st.Page(HERE / "views" / "workplan.py", title="Workplan", url_path="workplan"),
    st.Page(HERE / "views" / "activities.py", title="Joint activities", url_path="activities"),
    st.Page(HERE / "views" / "focal_points.py", title="Focal points", url_path="focal_points"),
    st.Page(HERE / "views" / "connections.py", title="Connections", url_path="connections"),
    st.Page(HERE / "views" / "briefing.py", title="Briefing", url_path="briefing"),
    st.Page(HERE / "views" / "documents.py", title="Documents", url_path="documents"),
    st.Page(HERE / "views" / "review.py", title="Review", url_path="review"),
    st.Page(HERE / "views" / "names.py", title="Unknown names", url_path="names"),
    st.Page(HERE / "views" / "console.py", title="Query console", url_path="console"),
]


#: The warm-up's steps (dashboard.serve.STEPS) a page waits for before it runs, where not the network's and the tables'.
WAITS = {"Briefing": tuple(serve.STEPS), "Network": ("network",)}


@st.cache_data(ttl=10, show_spinner=False)
def load_in_progress() -> dict | None:
    """The batched load in progress, if any: one read of one node, at most every ten seconds."""
    try:
        return state.in_progress(_graph())
    except MechGraphError:
        return None  # no graph to read: the page itself says so


if loading := load_in_progress():
    st.info(
        f"A load of the seeds is in progress (batched, since {loading['started'][:16].replace('T', ' ')} UTC, "
        f"{loading['batches']} batches written): until it ends, what the pages show may be half-written.",
        icon="⏳",
    )

page = st.navigation(PAGES)
# The libraries the warm-up is importing as the server starts, if it is, that the page needs: the briefing's print
# too on its page; the Network page's drawing alone, as it draws before it shows any table (it waits for the
# tables' libraries itself, after the drawing).
serve.imported(*WAITS.get(page.title, ("network", "tables")))
with serve.page_running():
    page.run()
