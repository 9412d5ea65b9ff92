"""Adding a document from the browser: the same checks, report and writing as ``mechgraph ingest``.

An uploaded file is saved under its own name in a private temporary folder (readable by this
user only), then prepared exactly as the command line prepares it (``loaders.documents``:
encoding, language, symbol, structure), against the seed folder. What it would add (the
dry-run report) is shown first; the ingest itself is a second, explicit step, checked again
(``claims.check``: another file holding the document is refused unless the user asks to replace
it) and written in one transaction, so a failure writes nothing. Every refusal is the command
line's own sentence, without the temporary folder's path.
"""

from __future__ import annotations

import copy
import re
import shutil
import tempfile
from pathlib import Path

import streamlit as st

from dashboard.auth import require_writer
from dashboard.common import graph_or_stop
from dashboard.figures import recompute
from graph import schema
from graph.errors import MechGraphError
from loaders.documents import mark_dry_run, prepare, summary
from loaders.documents.claims import check
from loaders.documents.mentions import MentionFinder
from loaders.documents.reading import MAX_BYTES
from loaders.documents.write import write
from registry.names import SEEDS, Resolver
from registry.vocabulary import LANGUAGES

__all__ = ["LIMIT_MB", "ENCODINGS", "saved", "add_document"]

#: The largest upload, as ``mechgraph ingest`` reads it (``mechgraph dashboard`` sets Streamlit's limit to the same).
LIMIT_MB = MAX_BYTES // 1024 // 1024
#: The encodings a user may choose when a text file's cannot be told.
ENCODINGS = ("utf-8", "utf-16", "cp1252", "latin-1", "gb18030", "big5", "cp1250", "iso8859-2")
_KEY = "documents-upload"
_UPLOADED = re.compile(r"(?<![\w/])/\S*?/mechgraph-upload-[^/\s]+/")


def _seed_folder() -> Path:
    """The seed folder uploads are checked against (its registry, curated documents and review decisions).
    The dashboard's own choice of seed folder (``MECHGRAPH_SEEDS``) replaces this once it exists."""
    return SEEDS


def saved(name: str, data: bytes) -> Path:
    """``data`` saved as ``name`` (its last part only) in a new temporary folder that only this user can open.

    >>> path = saved("../../report.txt", b"text")
    >>> path.name, oct(path.parent.stat().st_mode & 0o777), path.read_bytes()
    ('report.txt', '0o700', b'text')
    >>> shutil.rmtree(path.parent)
    """
    folder = Path(tempfile.mkdtemp(prefix="mechgraph-upload-"))  # mkdtemp makes it 0700
    path = folder / (Path(name).name or "upload.txt")
    path.write_bytes(data)
    return path


def _said(error: Exception, path: Path) -> str:
    """The error's sentence, naming files as the user uploaded them rather than where they were saved
    (this upload's folder, or an earlier upload's, when that one holds the document).

    >>> _said(MechGraphError("/tmp/mechgraph-upload-ab1/b.txt claims x, which holds /tmp/mechgraph-upload-c_2/a.txt"),
    ...       Path("/tmp/mechgraph-upload-ab1/b.txt"))
    'b.txt claims x, which holds a.txt'
    """
    return _UPLOADED.sub("", str(error).replace(str(path.parent) + "/", ""))


# Built again now and then: the registry grows as names are settled, and a stale one would miss mentions.
@st.cache_resource(show_spinner=False, ttl=300)
def _finder(seeds: str) -> MentionFinder:
    return MentionFinder(Resolver.from_seeds(Path(seeds)))


def _prepared(upload, lang: str | None, encoding: str | None) -> dict:
    """The upload checked and prepared once per file and choice of language and encoding (kept in the session)."""
    key = (upload.file_id, lang, encoding)
    kept = st.session_state.get(_KEY)
    if kept and kept["key"] == key:
        return kept
    data = upload.getvalue()
    kept = {"key": key, "name": upload.name, "error": None, "report": None, "plan": None, "written": None}
    if len(data) > MAX_BYTES:
        kept["error"] = (
            f"{upload.name}: the file is {len(data) / 1024 / 1024:.0f} MB; documents of at most {LIMIT_MB} MB are read."
        )
    else:
        path = saved(upload.name, data)
        try:
            report, plan = prepare(
                path, _finder(str(_seed_folder())), lang=lang, seeds=_seed_folder(), encoding=encoding
            )
            kept.update(report=report, plan=plan)
        except MechGraphError as error:
            kept["error"] = _said(error, path)
        finally:
            kept["path"] = path
    st.session_state[_KEY] = kept
    return kept


def _ingest(kept: dict, replace: bool) -> None:
    """Write the prepared document as ``mechgraph ingest`` does, with the steps shown."""
    graph = graph_or_stop()
    report, plan = copy.deepcopy(kept["report"]), kept["plan"]
    with st.status(f"Ingesting {kept['name']}…", expanded=True) as status:
        try:
            st.write("Preparing the graph's schema…")
            schema.init(graph)
            st.write("Checking which file holds this document…")
            check(graph, [plan], replace)
            st.write(f"Writing {len(plan['paragraphs'])} paragraphs, their mentions, citations and candidates…")
            write(graph, plan, report, replace=replace)
        except MechGraphError as error:
            status.update(label="Nothing was written.", state="error")
            kept["error"] = _said(error, kept["path"])
            return
        status.update(label=f"Ingested {report.document_id}.", state="complete", expanded=False)
    kept["written"] = report
    shutil.rmtree(kept["path"].parent, ignore_errors=True)  # the graph holds the text now
    st.cache_data.clear()  # the lists and counts of every page change
    recompute()  # the network figures, in the background


def add_document() -> None:
    """The upload, its dry-run report, and the button that ingests it."""
    require_writer()  # beyond 127.0.0.1, adding a document needs sign-in (reading may be open to all)
    upload = st.file_uploader(
        f"A report as text, markdown or PDF (at most {LIMIT_MB} MB)",
        type=["txt", "md", "pdf"],
        max_upload_size=LIMIT_MB,
        key="upload",
    )
    with st.expander("Reading options (when the language or encoding cannot be told)"):
        lang = st.selectbox(
            "Language", [None, *LANGUAGES], format_func=lambda v: "detect" if v is None else LANGUAGES.label(v)
        )
        encoding = st.selectbox("Encoding", [None, *ENCODINGS], format_func=lambda v: "detect" if v is None else v)
    if upload is None:
        st.caption("The file is checked as `mechgraph ingest` checks it; nothing is written before you ask.")
        return
    kept = _prepared(upload, lang, encoding)
    if kept["written"] is not None:
        st.success(f"{kept['name']} is in the graph as {kept['written'].document_id}.")
        st.code(summary(kept["written"]), language=None)
        return
    if kept["report"] is None:
        st.error(kept["error"])
        return
    shown = copy.deepcopy(kept["report"])
    mark_dry_run(shown, kept["plan"])
    st.markdown("**What ingesting it would add**")
    st.code(summary(shown).replace(str(kept["path"].parent) + "/", ""), language=None)
    replace = st.checkbox("Replace the document if another file holds it", key="upload-replace")
    if kept["error"]:
        st.error(kept["error"])
        if "--replace" in kept["error"]:
            st.caption("Here: tick “Replace the document if another file holds it”, then ingest again.")
    if st.button("Ingest this document", type="primary", key="upload-ingest"):
        kept["error"] = None
        _ingest(kept, replace)
        st.rerun()
