"""The Review page's words: what a candidate proposes, and what a decision on it did, as sentences a person reads.

Pure functions over the names the page already resolved (no Streamlit, no graph), so that the
page, its tests and the command line say the same thing.

>>> proposal("activity", "joint_visit", ["IACHR", "the SPT"])
'a joint visit of IACHR and the SPT'
>>> proposal("reference", "cites_case_law", ["IACHR", "the Court"], proposed=True)
'a recommended reference: IACHR cites the case law of the Court'
>>> proposal("workplan_owner", "lead", ["ACHPR"], item="Joint country visits")
'ACHPR as lead of the workplan item “Joint country visits”'
>>> done("accept", proposal("activity", "joint_mission", ["IACHR", "the SPT"]), "seeds/decisions/review.yaml")
'Accepted: now a joint mission of IACHR and the SPT. Recorded in seeds/decisions/review.yaml.'
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from registry.vocabulary import ACTIVITY_KINDS, OWNER_ROLES, REFERENCE_KINDS

__all__ = ["joined", "proposal", "done", "batch_summary", "plain_error", "shown_path"]

# A reference kind reads as a verb between the citing and the cited body; these need more words than their label.
_VERBS = {"cites_case_law": "cites the case law of"}


def joined(names: Sequence[str]) -> str:
    """Names as a person lists them.

    >>> joined(["A"]), joined(["A", "B"]), joined(["A", "B", "C"])
    ('A', 'A and B', 'A, B and C')
    """
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def proposal(kind: str, detail: str, names: Sequence[str], proposed: bool = False, item: str | None = None) -> str:
    """What a candidate of ``kind`` with ``detail`` between the bodies ``names`` (in order) would be as a fact."""
    if kind == "activity":
        return f"a {'proposed ' if proposed else ''}{ACTIVITY_KINDS.label(detail)} of {joined(names)}"
    if kind == "reference":
        citing, cited = (list(names) + ["?", "?"])[:2]
        verb = _VERBS.get(detail, REFERENCE_KINDS.label(detail))
        return f"a {'recommended ' if proposed else ''}reference: {citing} {verb} {cited}"
    if kind == "workplan_owner":
        owner = names[0] if names else "?"
        return f"{owner} as {OWNER_ROLES.label(detail)} of the workplan item “{item or '?'}”"
    return f"{kind.replace('_', ' ')}: {detail.replace('_', ' ')} ({joined(names)})"


_DONE = {
    "accept": "Accepted: now {what}.",
    "reject": "Rejected: {what} will not be proposed again.",
    "withdraw": "Withdrawn: {what} is a candidate again.",
}


def done(action: str, what: str, recorded_in: str) -> str:
    """The sentence a page says after a decision, with the file that recorded it."""
    return f"{_DONE[action].format(what=what)} Recorded in {recorded_in}."


def batch_summary(action: str, decided: int, failures: Sequence[str], recorded_in: str) -> str:
    """What a batch decision did, in one paragraph.

    >>> batch_summary("reject", 2, [], "d.yaml")
    'Rejected 2 candidates. Recorded in d.yaml.'
    >>> batch_summary("accept", 1, ["This candidate is already rejected."], "d.yaml")
    'Accepted 1 candidate; 1 not: This candidate is already rejected. Recorded in d.yaml.'
    """
    verb = {"accept": "Accepted", "reject": "Rejected", "withdraw": "Withdrew the decisions on"}[action]
    said = f"{verb} {decided} candidate{'' if decided == 1 else 's'}"
    said += f"; {len(failures)} not: {' '.join(failures)}" if failures else "."
    return f"{said} Recorded in {recorded_in}."


def plain_error(error: Exception, candidate_id: str, what: str) -> str:
    """A review error as one sentence about ``what`` the candidate proposes (its id is for the command line).

    >>> plain_error(ValueError("candidate cand-1 is already accepted"), "cand-1", "a joint visit of A and B")
    'A joint visit of A and B is already accepted (decided meanwhile, elsewhere); nothing changed.'
    """
    text = str(error).replace(f"candidate {candidate_id}: ", "").replace(f"candidate {candidate_id}", what)
    text = text[:1].upper() + text[1:]
    if "already" in text:
        text += " (decided meanwhile, elsewhere)"
    return f"{text.rstrip('.')}; nothing changed."


def shown_path(path: Path, project: Path) -> str:
    """Where a decision was recorded, as a person reads it: inside the project, relative to it (the server's
    own layout is not shown); elsewhere, the folder the user chose with ``--seeds``, in full.

    >>> shown_path(Path("/srv/mechgraph/seeds/decisions/review.yaml"), Path("/srv/mechgraph"))
    'seeds/decisions/review.yaml'
    >>> shown_path(Path("/home/ana/my-seeds/decisions/review.yaml"), Path("/srv/mechgraph"))
    '/home/ana/my-seeds/decisions/review.yaml'
    """
    path = Path(path)
    return str(path.relative_to(project)) if path.is_relative_to(project) else str(path)
