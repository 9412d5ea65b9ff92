"""Query console: any Cypher, read-only (the database refuses writes), with a row cap and a time limit."""

import streamlit as st

from dashboard.common import graph_or_stop, keep_in_url, url_value
from graph.errors import MechGraphError
from queries.console import ROW_CAP, TIME_LIMIT_SECONDS, run_read_only

st.title("Query console")
st.caption(f"Read-only: Neo4j refuses any write here. At most {ROW_CAP} rows and {TIME_LIMIT_SECONDS:.0f} seconds.")
graph = graph_or_stop()

example = "MATCH (m:Mechanism)-[r:REFERENCES]->(t:Mechanism {id: 'iacthr'}) RETURN m.name AS body, r.kind AS kind"
cypher = st.text_area("Cypher", value=url_value("q", example), height=140, key="cypher")
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
        st.dataframe(result.rows, hide_index=True)
