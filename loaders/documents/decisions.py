"""Review decisions kept in a file beside the seeds, so that no reviewed work is ever lost.

Every accept, reject and withdrawal of a candidate is written to ``decisions/review.yaml`` in
the seed folder, one row per decision, before the graph changes: when, what, the candidate,
and its evidence (document, locator, quote), in plain YAML that a git diff shows. The graph is
then a consequence of the file: ingesting a document replays the decisions on its candidates,
and ``mechgraph load`` replays every decision whose candidate the graph holds, so a
``db reset``, a fresh clone or another Neo4j gives back the same reviewed graph.

The last decision on a candidate is the one that holds. A decision whose candidate no longer
appears in its ingested document is reported, never dropped; one whose document has not been
ingested yet waits for it.

>>> row = Decision("accept", "cand-1", "2026-12-06T10:00:00+00:00", "activity", "a-1", "para. 2", "a joint visit")
>>> Decision.from_row(row.as_row()) == row
True
>>> edited = Decision("accept", "cand-2", "2026-12-06T10:00:00+00:00", "activity", "a-1", "para. 3", "a visit",
...                   detail="joint_mission", bodies=("iachr", "spt"))
>>> edited.as_row()["bodies"], Decision.from_row(edited.as_row()) == edited
(['iachr', 'spt'], True)
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field
from pathlib import Path

from graph.errors import MechGraphError
from registry.yamlfile import SeedFileError, append_rows, read_rows

__all__ = ["ACTIONS", "FILE", "Decision", "Replay", "path_in", "read", "record", "latest", "now"]

#: What a person can decide about a candidate.
ACTIONS = ("accept", "reject", "withdraw")
#: Where the decisions live, inside a seed folder.
FILE = Path("decisions") / "review.yaml"
_HEADER = (
    "# Review decisions on the candidates that ingestion proposed, one row per decision, oldest first.\n"
    "# Written by `mechgraph review` and the dashboard; `mechgraph load` and `mechgraph ingest` replay them.\n"
    "# The last decision on a candidate holds. Edit with care: a row names its candidate and evidence.\n"
)


@dataclass(frozen=True)
class Decision:
    """One decision of a person about one candidate."""

    decision: str
    candidate: str
    when: str
    kind: str
    document: str
    locator: str
    quote: str
    source: str | None = None  # the citing body chosen for an accepted cross-reference
    target: str | None = None  # the cited body
    detail: str | None = None  # the kind (of activity, of reference) or owner's role chosen instead of the proposed one
    bodies: tuple[str, ...] | None = None  # the participants or owner chosen instead of those the sentence names

    @classmethod
    def from_row(cls, row: dict) -> Decision:
        values = {key: row.get(key) for key in cls.__dataclass_fields__}
        if values["bodies"] is not None:
            values["bodies"] = tuple(values["bodies"])
        return cls(**values)

    def as_row(self) -> dict:
        row = {key: value for key, value in asdict(self).items() if value is not None}
        if "bodies" in row:
            row["bodies"] = list(row["bodies"])
        return row


@dataclass
class Replay:
    """What replaying the decisions did."""

    applied: list[str] = field(default_factory=list)  # "accept cand-…"
    unchanged: int = 0
    waiting: list[str] = field(default_factory=list)  # documents not ingested yet
    missing: list[Decision] = field(default_factory=list)  # candidates their ingested document no longer proposes

    def lines(self) -> list[str]:
        said = []
        if self.applied:
            said.append(f"Replayed {len(self.applied)} review decision(s) from {FILE}.")
        if self.missing:
            said += [
                f"A {d.decision} decision on {d.candidate} ({d.document}, {d.locator}) has no candidate any more: "
                f"the document no longer says “{d.quote[:80]}”. It stays in {FILE}."
                for d in self.missing
            ]
        if self.waiting:
            said.append(
                f"{len(self.waiting)} document(s) with review decisions are not ingested yet: "
                + ", ".join(sorted(set(self.waiting)))
            )
        return said


def path_in(seeds: Path) -> Path:
    return Path(seeds) / FILE


def now() -> str:
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()


def read(seeds: Path) -> list[Decision]:
    """The decisions of a seed folder, oldest first; a bad row is an error naming its file and line."""
    path = path_in(seeds)
    if not path.exists():
        return []
    decisions = []
    for row in read_rows(path):
        data = row.data if isinstance(row.data, dict) else {}
        for required in ("decision", "candidate", "when", "kind", "document", "locator", "quote"):
            if not data.get(required):
                raise SeedFileError(path, row.line, f"{required}: missing")
        if data["decision"] not in ACTIONS:
            raise SeedFileError(path, row.line_of(("decision",)), f"decision: expected one of {', '.join(ACTIONS)}")
        if data.get("bodies") is not None and not (
            isinstance(data["bodies"], list)
            and data["bodies"]
            and all(isinstance(b, str) and b for b in data["bodies"])
        ):
            raise SeedFileError(path, row.line_of(("bodies",)), "bodies: expected a list of body ids")
        decisions.append(
            Decision.from_row(
                {key: value if key == "bodies" else str(value) for key, value in data.items() if value is not None}
            )
        )
    return decisions


def latest(decisions: list[Decision]) -> dict[str, Decision]:
    """The decision that holds for each candidate: its last one."""
    return {decision.candidate: decision for decision in decisions}


def record(seeds: Path, decision: Decision) -> None:
    """Add ``decision`` to the file, atomically (a whole new file renamed into place).

    Recording the same decision again (a transaction the driver retries) adds nothing.
    """
    if decision.decision not in ACTIONS:
        raise MechGraphError(f"unknown decision {decision.decision!r}")
    path = path_in(seeds)
    decisions = read(seeds)
    same = [d for d in decisions if d.candidate == decision.candidate]
    if same and _without_time(same[-1]) == _without_time(decision):
        return
    append_rows(path, [decision.as_row()], header=_HEADER)


def _without_time(decision: Decision) -> dict:
    return {**decision.as_row(), "when": None}
