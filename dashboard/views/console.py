"""Query console: Cypher that only reads the graph, with a row cap and a time limit; results as a table or JSON.

Nodes and relationships show as tables whose columns are their properties (with their labels or
type), or as JSON; never as Python's repr. An error is one sentence on the page; its whole detail
goes to the dashboard's log, and shows on the page too with MECHGRAPH_DEBUG=1.
"""

import json
import logging
import os

import streamlit as st

from dashboard.common import graph_or_stop
from dashboard.params import keep_in_url, url_choice, url_text
from graph.errors import MechGraphError
from queries.console import READ_PROCEDURES, ROW_CAP, TIME_LIMIT_SECONDS, run_read_only

LONGEST_QUERY = 10_000
log = logging.getLogger("mechgraph.dashboard.console")


def cell(value):
    """A list of words as words, a map or other list (a path, a collect()) as JSON text, a date or a point as
    Cypher writes it: no cell shows Python's repr."""
    if isinstance(value, list) and all(isinstance(item, (str, int, float)) for item in value):
        return ", ".join(map(str, value))
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def table(rows: list[dict]) -> list[dict]:
    """Rows for a table: a node or relationship (a map) spreads into one column per property, with its labels
    or type; named ``column.property`` when the row has other columns."""
    flat = []
    for row in rows:
        out = {}
        for key, value in row.items():
            if isinstance(value, dict):
                prefix = "" if len(row) == 1 else f"{key}."
                out.update({f"{prefix}{name}": cell(item) for name, item in value.items()})
            else:
                out[key] = cell(value)
        flat.append(out)
    return flat


st.title("Query console")
st.caption(
    f"Reads the graph only: writes, LOAD CSV, SHOW and TERMINATE commands, USE, and procedures other than "
    f"{', '.join(READ_PROCEDURES)} are refused before they run. At most {ROW_CAP} rows and "
    f"{TIME_LIMIT_SECONDS:.0f} seconds."
)
graph = graph_or_stop()

example = "MATCH (m:Mechanism)-[r:REFERENCES]->(t:Mechanism {id: 'iacthr'}) RETURN m.name AS body, r.kind AS kind"
cypher = st.text_area("Cypher", value=url_text("q", example, LONGEST_QUERY), height=140, key="cypher")
shape = st.radio(
    "Show results as",
    ["table", "json"],
    index=["table", "json"].index(url_choice("as", ["table", "json"], "table", "result form")),
    format_func={"table": "a table", "json": "JSON"}.get,
    horizontal=True,
    key="as",
)
keep_in_url(**{"as": None if shape == "table" else shape})
if st.button("Run", type="primary", key="run"):
    keep_in_url(q=cypher)
    try:
        result = run_read_only(graph, cypher)
    except MechGraphError as error:
        st.error(str(error))
        cause = error.__cause__
        if cause is not None:
            detail = (
                f"{getattr(cause, 'code', None) or type(cause).__name__}: {getattr(cause, 'message', None) or cause}"
            )
            log.warning("console query refused or failed: %s", detail, exc_info=cause)
            if os.environ.get("MECHGRAPH_DEBUG"):
                st.code(detail)
    else:
        if result.truncated:
            st.warning(f"Only the first {ROW_CAP} rows are shown.")
        st.caption(f"{len(result.rows)} rows")
        if shape == "json":
            st.code(json.dumps(result.rows, ensure_ascii=False, indent=2, default=str), language="json")
        else:
            st.dataframe(table(result.rows), hide_index=True)
