"""Query console: Cypher that only reads the graph, with a row cap and a time limit; nodes and maps as JSON."""

import json

import streamlit as st

from dashboard.common import graph_or_stop
from dashboard.params import keep_in_url
from graph.errors import MechGraphError
from queries.console import READ_PROCEDURES, ROW_CAP, TIME_LIMIT_SECONDS, run_read_only


def cell(value):
    """A map or list (a node, a path, a collect()) as JSON text, a date or a point as Cypher writes it:
    no cell shows Python's repr."""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


st.title("Query console")
st.caption(
    f"Reads the graph only: writes, LOAD CSV, SHOW and TERMINATE commands, USE, and procedures other than "
    f"{', '.join(READ_PROCEDURES)} are refused before they run. At most {ROW_CAP} rows and "
    f"{TIME_LIMIT_SECONDS:.0f} seconds."
)
graph = graph_or_stop()

example = "MATCH (m:Mechanism)-[r:REFERENCES]->(t:Mechanism {id: 'iacthr'}) RETURN m.name AS body, r.kind AS kind"
cypher = st.text_area("Cypher", value=st.query_params.get("q", example)[:10000], height=140, key="cypher")
if st.button("Run", type="primary", key="run"):
    keep_in_url(q=cypher)
    try:
        result = run_read_only(graph, cypher)
    except MechGraphError as error:
        st.error(str(error))
    else:
        if result.truncated:
            st.warning(f"Only the first {ROW_CAP} rows are shown.")
        st.caption(f"{len(result.rows)} rows")
        st.dataframe([{key: cell(value) for key, value in row.items()} for row in result.rows], hide_index=True)
