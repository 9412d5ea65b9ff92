"""How well ingestion finds mentions, citations and a document's own symbol, against texts annotated by hand.

The annotations (``tests/annotations/*.yaml``) list, for a sample of paragraphs of each
document, the bodies each paragraph names and the documents it cites, as a person reading it
judged. Each annotated paragraph is found again among the parsed ones by its first words,
and what ingestion extracts from it is compared with the annotation: precision and recall of
(paragraph, body) pairs and of (paragraph, citation) pairs, per language. An annotation names
a seed document (``document``, an id of seeds/documents.yaml) or, for texts that are not
among the seeds, its ``file`` (next to the annotation, in a folder per language:
``held-out/es/…``), its ``lang`` and its own ``symbol`` as its text prints it (null when it
prints none): whether ``structure`` finds that symbol is the own-symbol score.

    python -m loaders.documents.quality                     # the table of tests/annotations, as in BENCHMARKS.md
    python -m loaders.documents.quality tests/annotations/held-out -v   # another folder, every miss and extra
    python -m loaders.documents.quality tests/annotations/held-out --names=FOLDER
                                                            # with extra spellings (same ids) beside the registry's
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from loaders.documents.builder import PARAGRAPH_START
from loaders.documents.candidates import extract
from loaders.documents.citations import citations
from loaders.documents.headings import SUMMARY
from loaders.documents.mentions import MentionFinder
from loaders.documents.plan import parse_file
from loaders.writing import squash
from registry.names import SEEDS, Resolver
from registry.vocabulary import LANGUAGES
from registry.yamlfile import read_rows

__all__ = ["ANNOTATIONS", "Score", "Evaluation", "evaluate", "table", "main"]

ANNOTATIONS = Path(__file__).resolve().parents[2] / "tests" / "annotations"


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    def add(self, where: str, expected: set[str], found: set[str]) -> None:
        self.true_positives += len(expected & found)
        self.false_positives += len(found - expected)
        self.false_negatives += len(expected - found)
        self.misses += [f"{where}: {item}" for item in sorted(expected - found)]
        self.wrong += [f"{where}: {item}" for item in sorted(found - expected)]

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


@dataclass
class Evaluation:
    mentions: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    citations: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    paragraphs: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    documents: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: per language: [documents whose text prints their symbol, of which the symbol was found]
    symbols: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    symbol_errors: list[str] = field(default_factory=list)
    not_found: list[str] = field(default_factory=list)


def evaluate(
    folder: Path = ANNOTATIONS, seeds: Path = SEEDS, unseen: bool = False, names: Path | None = None
) -> Evaluation:
    """Score ingestion on every annotation file of ``folder`` (of the seed documents), or with
    ``unseen`` on those of its language folders (``held-out/en/``…: documents not among the seeds)."""
    documents = {row["id"]: row for row in yaml.safe_load((seeds / "documents.yaml").read_text(encoding="utf-8"))}
    finder = MentionFinder(_registry(seeds, names))
    result = Evaluation()
    paths = [path for lang in LANGUAGES for path in (folder / lang).glob("*.yaml")] if unseen else folder.glob("*.yaml")
    for path in sorted(paths):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if "file" in gold:
            text, structure = parse_file(path.parent / gold["file"], lang=gold["lang"])
            _score_symbol(result, gold, text.lang, structure.symbol)
        else:
            document = documents[gold["document"]]
            text, structure = parse_file(seeds / document["file"], lang=document["lang"])
        lang = text.lang
        within = finder.in_document(text.text)  # as ingestion reads it (``plan.prepare``)
        result.documents[lang] += 1
        parsed = [(paragraph, squash(paragraph.text)) for paragraph in structure.paragraphs]
        # Entries that land in one parsed block (lines of a table of contents read as one block) are compared with
        # it once, together: each compared alone would count the mentions of the others as found wrongly.
        blocks: dict[int, tuple[object, list[dict]]] = {}
        used: set[int] = set()
        for entry in gold["paragraphs"]:
            paragraph = _find(parsed, entry, used)
            result.paragraphs[lang] += 1
            if paragraph is None:
                where = f"{gold['document']} {entry['locator']}"
                result.not_found.append(where)
                result.mentions[lang].add(where, set(entry.get("mentions") or []), set())
                result.citations[lang].add(where, set(entry.get("citations") or []), set())
                continue
            used.add(id(paragraph))
            blocks.setdefault(id(paragraph), (paragraph, []))[1].append(entry)
        for paragraph, entries in blocks.values():
            where = f"{gold['document']} {entries[0]['locator']}"
            found = extract(paragraph, within)
            # as ingestion writes them: a document never cites itself
            paragraph_citations = {citation.key for citation in citations(paragraph.text)} - structure.own_keys()
            mentions = {mention for entry in entries for mention in entry.get("mentions") or []}
            cited = {citation for entry in entries for citation in entry.get("citations") or []}
            result.mentions[lang].add(where, mentions, {mention.id for mention in found.mentions})
            result.citations[lang].add(where, cited, paragraph_citations)
    return result


def _registry(seeds: Path, names: Path | None) -> Resolver:
    """The registry of ``seeds``, with the extra spellings of the seed-shaped folder ``names`` (same ids)."""
    if names is None:
        return Resolver.from_seeds(seeds)
    rows = []
    for folder in (seeds, names):
        for file_name in ("mechanisms.yaml", "organizations.yaml"):
            if (folder / file_name).exists():
                rows += [row.data for row in read_rows(folder / file_name) if isinstance(row.data, dict)]
    return Resolver(rows)


def _score_symbol(result: Evaluation, gold: dict, lang: str, found: str | None) -> None:
    """Own symbol: found where the text prints one; none invented where it prints none."""
    expected = gold.get("symbol")
    if expected:
        result.symbols[lang][0] += 1
        result.symbols[lang][1] += found == expected
    if found != expected:
        result.symbol_errors.append(f"{gold['document']}: own symbol {found or 'none'}, expected {expected or 'none'}")


def _find(parsed, entry, used: set[int] = frozenset()):
    """The parsed paragraph an annotation entry stands for: the one holding its anchor (with the
    locator it gives, starting with it, in that order of preference), and of two paragraphs that
    start alike the first one not taken by an earlier entry (the entries follow the text). An anchor
    that keeps a list item's number ("1. Celebramos…") finds the item read as "para. 1"; a summary's anchor that
    keeps the heading printed right above it ("Resumen En el presente informe…") finds the summary."""
    anchor = squash(entry["anchor"]).replace("**", "")  # markdown emphasis, in the anchor or the text
    numbered = PARAGRAPH_START.match(entry["anchor"].strip())
    candidates = [paragraph for paragraph, text in parsed if anchor in text.replace("**", "")]
    headed = re.match(r"\s*(\S+)\s+(\S.*)$", entry["anchor"])
    if not candidates and entry["locator"].startswith("summary") and headed and SUMMARY.match(headed.group(1)):
        anchor = squash(headed.group(2)).replace("**", "")
        candidates = [paragraph for paragraph, text in parsed if text.replace("**", "").startswith(anchor)]
    if not candidates and numbered:
        anchor = squash(numbered.group(2)).replace("**", "")
        candidates = [
            paragraph
            for paragraph, text in parsed
            if paragraph.number == numbered.group(1) and text.replace("**", "").startswith(anchor)
        ]
    if not candidates:
        return None
    same = [paragraph for paragraph in candidates if paragraph.locator == entry["locator"]]
    starting = [paragraph for paragraph in candidates if squash(paragraph.text).replace("**", "").startswith(anchor)]
    both = [paragraph for paragraph in starting if paragraph in same]
    chosen = both or starting or same or candidates
    return next((paragraph for paragraph in chosen if id(paragraph) not in used), chosen[0])


def table(evaluation: Evaluation) -> str:
    """The results as a markdown table, per language and in all."""
    symbols = any(evaluation.symbols.values())
    lines = [
        "| language | paragraphs | mentions P | mentions R | citations P | citations R |"
        + (" documents | own symbol found |" if symbols else ""),
        "| --- | ---: | ---: | ---: | ---: | ---: |" + (" ---: | ---: |" if symbols else ""),
    ]
    total_m, total_c = Score(), Score()
    for lang in sorted(evaluation.paragraphs):
        m, c = evaluation.mentions[lang], evaluation.citations[lang]
        lines.append(
            f"| {lang} | {evaluation.paragraphs[lang]} | {m.precision:.3f} | {m.recall:.3f} | "
            f"{c.precision:.3f} | {c.recall:.3f} |"
            + (f" {evaluation.documents[lang]} | {_symbols(evaluation, lang)} |" if symbols else "")
        )
        for total, score in ((total_m, m), (total_c, c)):
            total.true_positives += score.true_positives
            total.false_positives += score.false_positives
            total.false_negatives += score.false_negatives
    lines.append(
        f"| all | {sum(evaluation.paragraphs.values())} | {total_m.precision:.3f} | {total_m.recall:.3f} | "
        f"{total_c.precision:.3f} | {total_c.recall:.3f} |"
        + (f" {sum(evaluation.documents.values())} | {_symbols(evaluation, None)} |" if symbols else "")
    )
    return "\n".join(lines)


def _symbols(evaluation: Evaluation, lang: str | None) -> str:
    """ "3 of 3": documents whose own symbol was found, of those whose text prints one."""
    counts = [evaluation.symbols[lang]] if lang else list(evaluation.symbols.values())
    printed, found = sum(count[0] for count in counts), sum(count[1] for count in counts)
    return f"{found} of {printed}" if printed else "–"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    names = next((Path(arg.split("=", 1)[1]) for arg in argv if arg.startswith("--names=")), None)
    folders = [Path(arg) for arg in argv if not arg.startswith("-")] or [ANNOTATIONS]
    for folder in folders:
        shown = folder.resolve().relative_to(Path.cwd()) if folder.resolve().is_relative_to(Path.cwd()) else folder
        for unseen in (False, True):
            if unseen and not any((folder / lang).is_dir() for lang in LANGUAGES):
                continue
            evaluation = evaluate(folder, unseen=unseen, names=names)
            if not evaluation.paragraphs:
                continue
            what = f"{shown}/{{{','.join(LANGUAGES)}}}/ (documents not among the seeds)" if unseen else f"{shown}"
            print(f"{what}:\n\n{table(evaluation)}\n")
            _details(evaluation, verbose="-v" in argv or "--verbose" in argv)
    return 0


def _details(evaluation: Evaluation, verbose: bool) -> None:
    for where in evaluation.not_found:
        print(f"paragraph not found: {where}")
    for error in evaluation.symbol_errors:
        print(error)
    if not verbose:
        return
    for lang in sorted(evaluation.paragraphs):
        for label, scores in (("mention", evaluation.mentions), ("citation", evaluation.citations)):
            for miss in scores[lang].misses:
                print(f"missed {label}  {miss}")
            for wrong in scores[lang].wrong:
                print(f"extra  {label}  {wrong}")


if __name__ == "__main__":
    raise SystemExit(main())
