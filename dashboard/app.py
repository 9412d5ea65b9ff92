"""MechGraph dashboard: `mechgraph dashboard` runs this file with Streamlit."""

from pathlib import Path

import streamlit as st

from dashboard import auth

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

st.navigation(PAGES).run()
