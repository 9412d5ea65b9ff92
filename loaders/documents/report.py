"""What one ingestion found and wrote (:class:`IngestReport`), and the same in words for the terminal.

>>> report = IngestReport(path=Path("report.txt"), document_id="a-hrc-29-30-en", symbol="A/HRC/29/30", lang="en",
...                       lang_detected=True, encoding="utf-8", format="text", dry_run=True)
>>> report.counts.update(paragraph=2)
>>> print(summary(report))
report.txt: a-hrc-29-30-en (A/HRC/29/30)
  read as text, utf-8; language en (detected)
  paragraphs: 2 numbered, 0 unnumbered, 0 annex items, 0 footnotes
  mentions: none (no body of the registry was found)
  citations: 0 of 0 documents
  candidates: 0 to review
  dry run: nothing written
>>> owner_lines([OwnerDifference("annex II, short-term 1", "wp2012-short-1", ("achpr",), missing=("achpr",))])
['annex II, short-term 1 (wp2012-short-1): stated but not curated: achpr']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from loaders.documents.owners import OwnerDifference

__all__ = ["IngestReport", "summary", "mark_dry_run", "owner_lines"]


@dataclass
class IngestReport:
    """What one ingestion found and wrote."""

    path: Path
    document_id: str
    symbol: str | None
    lang: str
    lang_detected: bool
    encoding: str
    format: str
    title: str | None = None
    held: bool = False  # the document was already in the graph, curated
    counts: Counter = field(default_factory=Counter)  # paragraphs by kind
    annexes: list[str] = field(default_factory=list)
    mentions: Counter = field(default_factory=Counter)  # body id -> paragraphs naming it
    citations: Counter = field(default_factory=Counter)  # cited key -> paragraphs citing it
    candidates: Counter = field(default_factory=Counter)  # kind -> count
    decided: int = 0  # candidates already accepted or rejected, kept as decided
    unresolved: list[tuple[str, str]] = field(default_factory=list)  # (locator, name)
    workplan: list[str] = field(default_factory=list)  # differences from the curated owners
    replaced: bool = False
    stub: str | None = None  # the symbol of a cited-only record this document took the place of
    warnings: list[str] = field(default_factory=list)  # what a person should check (symbols that disagree)
    displaced: str | None = None  # the other file that held the document, replaced as asked (--replace)
    dry_run: bool = False
    decisions: list[str] = field(default_factory=list)  # what replaying the review decisions did, in words


def mark_dry_run(report: IngestReport, plan: dict) -> None:
    """A report for a plan that is not written: the candidates it would propose."""
    report.dry_run = True
    report.candidates.update(Counter(c.kind for c in plan["candidates"]))


def owner_lines(differences: Iterable[OwnerDifference]) -> list[str]:
    """The differences between stated and curated workplan owners, one line each."""
    lines = []
    for difference in differences:
        where = difference.locator
        if difference.item is None:
            lines.append(
                f"{where}: no curated workplan item has this locator; owners stated: "
                f"{', '.join(difference.stated) or 'none'}"
            )
            continue
        if difference.missing:
            lines.append(f"{where} ({difference.item}): stated but not curated: {', '.join(difference.missing)}")
        if difference.extra:
            lines.append(f"{where} ({difference.item}): curated but not stated: {', '.join(difference.extra)}")
    return lines


def summary(report: IngestReport, top: int = 12) -> str:
    """The report as text for the terminal; ``top``: how many bodies and documents are named."""
    lines = _found(report, top)
    lines += [f"  warning: {warning}" for warning in report.warnings]
    if report.workplan:
        lines.append(f"  workplan owners differing from the curated ones: {len(report.workplan)}")
        lines += [f"    {difference}" for difference in report.workplan]
    if report.unresolved:
        lines += _unresolved(report, top)
    lines += [f"  {line}" for line in report.decisions]
    if report.dry_run:
        lines.append("  dry run: nothing written")
    elif report.displaced:
        lines.append(f"  replaced {report.displaced}, which held this document (--replace)")
    elif report.replaced:
        lines.append("  replaced the previous ingestion of this document")
    if report.stub and not report.dry_run:
        lines.append(f"  replaces the cited-only record of {report.stub}: what cited it now cites this document")
    return "\n".join(lines)


def _found(report: IngestReport, top: int) -> list[str]:
    counts = report.counts
    return [
        f"{report.path}: {report.document_id}"
        + (f" ({report.symbol})" if report.symbol else "")
        + (", held in the seeds" if report.held else ""),
        f"  read as {report.format}, {report.encoding}; language {report.lang}"
        + (" (detected)" if report.lang_detected else " (given)"),
        f"  paragraphs: {counts['paragraph']} numbered, {counts['text'] + counts['masthead']} unnumbered, "
        f"{counts['annex_item']} annex items, "
        f"{counts['footnote']} footnotes" + (f"; annexes {', '.join(report.annexes)}" if report.annexes else ""),
        (
            f"  mentions: {sum(report.mentions.values())} of {len(report.mentions)} bodies: "
            + ", ".join(f"{body} {n}" for body, n in report.mentions.most_common(top))
            if report.mentions
            else "  mentions: none (no body of the registry was found)"
        ),
        f"  citations: {sum(report.citations.values())} of {len(report.citations)} documents"
        + (": " + ", ".join(f"{key} {n}" for key, n in report.citations.most_common(top)) if report.citations else ""),
        f"  candidates: {sum(report.candidates.values())} to review"
        + (
            " (" + ", ".join(f"{n} {kind}" for kind, n in sorted(report.candidates.items())) + ")"
            if report.candidates
            else ""
        )
        + (f"; {report.decided} already decided, kept" if report.decided else ""),
    ]


def _unresolved(report: IngestReport, top: int) -> list[str]:
    """Names not in the registry, most frequent first, each with where it was first seen."""
    names = Counter(name for _locator, name in report.unresolved)
    first_seen: dict[str, str] = {}
    for locator, name in report.unresolved:
        first_seen.setdefault(name, locator)
    return [f"  names not in the registry: {len(names)} (add them to seeds/mechanisms.yaml if they are bodies)"] + [
        f"    {name!r} ({first_seen[name]}{', ' + str(n) + ' times' if n > 1 else ''})"
        for name, n in names.most_common(top * 2)
    ]
