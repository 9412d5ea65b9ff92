"""A synthetic MechGraph at a chosen scale, written as seed files that ``mechgraph load`` reads.

The generator writes the same files, in the same formats, as the curated seeds: documents
(with their text, in numbered paragraphs), organizations, mechanisms, focal points, events,
joint activities, references, workplans and their items. Every fact carries evidence: a
paragraph of a generated document and a quote copied from it, so the loader checks it as it
checks the real seeds. Who is cited, who takes part and which paragraphs are quoted follow a
heavy-tailed (Zipf) distribution, as in the real reports, where a few bodies (OHCHR, the
African Commission, the Inter-American Commission) appear everywhere and most appear rarely.

Scale 1 gives about 10^5 nodes and 10^6 relationships; the same seed gives the same files.

>>> import tempfile
>>> counts = generate(Path(tempfile.mkdtemp()) / "synth", scale=0.01, seed=7)
>>> counts["references.yaml"], counts["mechanisms.yaml"]
(520, 30)
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
from pathlib import Path

from registry import vocabulary as v

#: Rows per file at scale 1 (documents have PARAGRAPHS paragraphs each).
SIZES = {
    "organizations": 40,
    "mechanisms": 3000,
    "documents": 2800,
    "focal_points": 1500,
    "events": 2000,
    "activities": 12000,
    "references": 52000,
    "workplans": 300,
    "workplan_items": 8000,
}
PARAGRAPHS = 15
ZIPF = 1.1


def _weighted(vocabulary: v.Vocabulary, **weights: float) -> list[tuple[str, float]]:
    """How often each value of a vocabulary is drawn; values not named are not drawn."""
    unknown = set(weights) - set(vocabulary)
    assert not unknown, f"not in the {vocabulary.name} vocabulary: {unknown}"
    return list(weights.items())


SYSTEMS = _weighted(v.SYSTEMS, UN=0.35, regional=0.3, subregional=0.15, national=0.1, civil_society=0.1)
# The region of a UN body is "global"; the others are drawn from the rest, in order.
REGIONS = ["global", *(region for region in v.REGIONS if region != "global")]
KINDS = [
    "treaty_body",
    "special_procedure",
    "commission",
    "court",
    "committee",
    "secretariat_unit",
    "network",
    "office",
]
assert set(KINDS) <= set(v.MECHANISM_KINDS)
REFERENCE_KINDS = _weighted(
    v.REFERENCE_KINDS,
    follows_up_recommendations=0.3,
    takes_into_account=0.25,
    cites_case_law=0.15,
    quotes=0.12,
    submits_information_to=0.1,
    implements_recommendations_of=0.08,
)
REFERENCE_STATUSES = _weighted(v.REFERENCE_STATUSES, practice=0.7, recommended=0.2, proposed=0.1)
ACTIVITY_KINDS = [
    "joint_visit",
    "joint_mission",
    "joint_press_release",
    "joint_statement",
    "dialogue",
    "meeting",
    "consultation",
    "joint_training",
    "information_exchange",
]
assert set(ACTIVITY_KINDS) <= set(v.ACTIVITY_KINDS)
EVENT_KINDS = list(v.EVENT_KINDS)
OWNER_ROLES = _weighted(v.OWNER_ROLES, lead=0.2, named=0.4, in_particular=0.1, collective=0.3)
COUNTRIES = ["MEX", "TUN", "KEN", "ETH", "ARG", "BRA", "FRA", "CHE", "THA", "IDN", "SEN", "COL", "PER", "JOR", "EGY"]
TOPICS = [
    "torture",
    "detention",
    "indigenous peoples",
    "women",
    "children",
    "migrants",
    "freedom of expression",
    "human rights defenders",
    "disappearances",
    "minorities",
    "persons with disabilities",
    "health",
    "housing",
]
WORDS = [
    "cooperation",
    "mechanisms",
    "regional",
    "recommendations",
    "follow-up",
    "joint",
    "visit",
    "information",
    "sharing",
    "focal",
    "point",
    "workshop",
    "human",
    "rights",
    "commission",
    "court",
    "committee",
    "special",
    "procedures",
    "treaty",
    "bodies",
    "report",
    "session",
    "implementation",
    "monitoring",
    "dialogue",
    "protection",
    "promotion",
    "states",
    "members",
    "secretariat",
    "mandate",
]
WORDS_FR = [
    "coopération",
    "mécanismes",
    "régionaux",
    "recommandations",
    "suivi",
    "visite",
    "conjointe",
    "échange",
    "informations",
    "point",
    "focal",
    "atelier",
    "droits",
    "homme",
    "commission",
    "cour",
    "comité",
    "procédures",
    "spéciales",
    "organes",
    "traités",
    "rapport",
]
HANZI = "合作区域机制建议后续联合访问信息共享协调人讲习班人权委员会法院特别程序条约机构报告会议执行监测对话保护促进"


def _weights(count: int) -> list[float]:
    """Cumulative Zipf weights over ``count`` ranks, for ``random.choices``."""
    return list(itertools.accumulate(1 / (rank + 1) ** ZIPF for rank in range(count)))


class _Draw:
    """Heavy-tailed and uniform draws from one seeded generator."""

    def __init__(self, seed: int):
        self.random = random.Random(seed)

    def zipf(self, population: list, weights: list[float], k: int = 1) -> list:
        return self.random.choices(population, cum_weights=weights, k=k)

    def distinct(self, population: list, weights: list[float], k: int) -> list:
        chosen: list = []
        while len(chosen) < min(k, len(population)):
            for item in self.zipf(population, weights, k):
                if item not in chosen and len(chosen) < k:
                    chosen.append(item)
        return chosen

    def pick(self, weighted: list[tuple[str, float]]) -> str:
        return self.random.choices([value for value, _ in weighted], weights=[w for _, w in weighted])[0]

    def sentence(self, lang: str, words: int) -> str:
        if lang == "zh":
            return "".join(self.random.choice(HANZI) for _ in range(words * 2)) + "。"
        vocabulary = WORDS_FR if lang == "fr" else WORDS
        return " ".join(self.random.choice(vocabulary) for _ in range(words)).capitalize() + "."


def _yaml(value, indent: int = 0) -> str:
    """Block-style YAML for the seed rows: JSON scalars are valid YAML and keep types exact."""
    pad = " " * indent
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:\n{_yaml(item, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {json.dumps(item, ensure_ascii=False)}")
        return "\n".join(lines)
    lines = []
    for item in value:
        if isinstance(item, dict):
            body = _yaml(item, indent + 2)
            lines.append(f"{pad}- {body[indent + 2 :]}")
        else:
            lines.append(f"{pad}- {json.dumps(item, ensure_ascii=False)}")
    return "\n".join(lines)


def _write(path: Path, comment: str, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        out.write(f"# {comment}\n")
        for row in rows:
            out.write(_yaml([row]) + "\n")


class _File:
    """A seed file written row by row as the rows are drawn: the big files (an activity or a reference
    carries up to a hundred quotes) would not fit in memory at scale 10."""

    def __init__(self, path: Path, comment: str):
        self.out = path.open("w", encoding="utf-8")
        self.out.write(f"# {comment}\n")
        self.rows = 0

    def append(self, row: dict) -> None:
        self.out.write(_yaml([row]) + "\n")
        self.rows += 1

    def __len__(self) -> int:
        return self.rows


def generate(folder: Path, scale: float = 1.0, seed: int = 7) -> dict[str, int]:
    """Write a seed folder of about ``scale`` × 10^5 nodes into ``folder``; rows per file."""
    folder = Path(folder)
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "documents").mkdir(parents=True)
    size = {name: max(2, round(count * scale)) for name, count in SIZES.items()}
    draw = _Draw(seed)

    def comment(name: str) -> str:
        return f"Synthetic {name[:-5].replace('_', ' ')} (bench.synth, scale {scale}, seed {seed})."

    def streamed(name: str) -> _File:
        return _File(folder / name, comment(name))

    # Documents: an English original for most symbols, some French and Chinese versions.
    documents, paragraphs = [], []  # paragraphs: (document id, number, text) for quoting
    originals = []
    for index in range(size["documents"]):
        lang = "en" if index % 10 < 8 or not originals else ("fr" if index % 10 == 8 else "zh")
        original = None if lang == "en" else originals[draw.random.randrange(len(originals))]
        symbol = original["symbol"] if original else f"A/HRC/{10 + index % 40}/{index + 1}"
        document_id = f"d{index:06d}-{lang}"
        year = 2000 + index % 26
        texts = [draw.sentence(lang, draw.random.randint(10, 20)) for _ in range(PARAGRAPHS)]
        body = "\n\n".join(f"{number}. {text}" for number, text in enumerate(texts, start=1))
        (folder / "documents" / f"{document_id}.txt").write_text(f"{symbol}\n\n{body}\n", encoding="utf-8")
        row = {
            "id": document_id,
            "symbol": symbol,
            "title": f"Report {symbol} ({lang})",
            "lang": lang,
            "date": f"{year}-{1 + index % 12:02d}",
            "kind": "report",
            "file": f"documents/{document_id}.txt",
            "evidence": [{"document": document_id, "locator": "page header", "quote": symbol}],
        }
        if original:
            row["translation_of"] = original["id"]
        else:
            originals.append(row)
        documents.append(row)
        paragraphs.extend((document_id, number, text) for number, text in enumerate(texts, start=1))
    document_weights = _weights(len(documents))
    by_document = {document["id"]: [] for document in documents}
    for paragraph in paragraphs:
        by_document[paragraph[0]].append(paragraph)
    document_ids = [document["id"] for document in documents]

    def evidence(count: int) -> list[dict]:
        quoted = []
        for document_id in draw.zipf(document_ids, document_weights, count):
            _doc, number, text = draw.random.choice(by_document[document_id])
            quote = text if len(text) < 120 else text[:60]
            quoted.append({"document": document_id, "locator": f"para. {number}", "quote": quote.rstrip(".。")})
        return quoted

    organizations = [
        {
            "id": f"org-{i:03d}",
            "name": f"Intergovernmental Organization {i:03d}",
            "acronyms": [f"IGO{i:03d}"],
            "region": REGIONS[i % len(REGIONS)],
            "evidence": evidence(1),
        }
        for i in range(size["organizations"])
    ]
    mechanisms = []
    for i in range(size["mechanisms"]):
        system, kind = draw.pick(SYSTEMS), KINDS[i % len(KINDS)]
        topic = TOPICS[i % len(TOPICS)]
        mechanisms.append(
            {
                "id": f"m-{i:05d}",
                "name": f"{kind.replace('_', ' ').title()} {i:05d} on {topic}",
                "name_fr": f"Mécanisme {i:05d} ({topic})",
                "acronyms": [f"M{i:05d}"],
                "system": system,
                "kind": kind,
                "region": "global" if system == "UN" else REGIONS[1 + i % 5],
                "part_of": [organizations[i % len(organizations)]["id"]],
                "generic": i % 97 == 0,
                "evidence": evidence(draw.random.randint(1, 3)),
            }
        )
    bodies = [m["id"] for m in mechanisms]
    body_weights = _weights(len(bodies))

    focal_points = streamed("focal_points.yaml")
    for i in range(size["focal_points"]):
        owner = bodies[i % len(bodies)]
        focal_points.append(
            {
                "id": f"fp-{i:05d}",
                "title": f"Focal point {i:05d} for cooperation",
                "focal_point_of": owner,
                "covers": "cooperation with other mechanisms",
                "liaises_with": [
                    b for b in draw.distinct(bodies, body_weights, draw.random.randint(1, 6)) if b != owner
                ],
                "evidence": evidence(1),
            }
        )
    events = streamed("events.yaml")
    for i in range(size["events"]):
        year = 2000 + i % 26
        attended = draw.distinct(bodies, body_weights, min(2 + int(draw.random.paretovariate(1.5) * 3), 40))
        events.append(
            {
                "id": f"ev-{i:05d}",
                "kind": EVENT_KINDS[i % len(EVENT_KINDS)],
                "title": f"Event {i:05d}",
                "country": COUNTRIES[i % len(COUNTRIES)],
                "start": f"{year}-{1 + i % 12:02d}",
                "organized_by": attended[:1],
                "attended_by": attended[1:],
                "evidence": evidence(draw.random.randint(1, 2)),
            }
        )
    activities = streamed("activities.yaml")
    for i in range(size["activities"]):
        year = 2000 + i % 26
        partners = draw.distinct(bodies, body_weights, draw.random.randint(2, 5))
        activities.append(
            {
                "id": f"act-{i:06d}",
                "kind": ACTIVITY_KINDS[i % len(ACTIVITY_KINDS)],
                "title": f"Joint activity {i:06d}",
                "participants": [
                    {"mechanism": body, "role": "organizer" if n == 0 else "participant"}
                    for n, body in enumerate(partners)
                ],
                "country": COUNTRIES[i % len(COUNTRIES)] if i % 3 else None,
                "start": f"{year}-{1 + i % 12:02d}",
                "precision": "month",
                "status": "held" if i % 5 else "planned",
                "evidence": evidence(draw.random.randint(3, 10)),
            }
        )
    references = streamed("references.yaml")
    sources = draw.zipf(bodies, body_weights, size["references"])
    targets = draw.zipf(bodies, body_weights, size["references"])
    for source, target in zip(sources, targets, strict=True):
        if source == target:
            target = bodies[(bodies.index(target) + 1) % len(bodies)]
        references.append(
            {
                "source": source,
                "target": target,
                "kind": draw.pick(REFERENCE_KINDS),
                "status": draw.pick(REFERENCE_STATUSES),
                "evidence": evidence(min(1 + int(draw.random.paretovariate(1.3) * 4), 100)),
            }
        )
    workplans = [
        {
            "id": f"wp-{i:04d}",
            "title": f"Workplan {i:04d}",
            "kind": "workplan" if i % 4 else "recommendations",
            "document": document_ids[i % len(document_ids)],
            "evidence": evidence(1),
        }
        for i in range(size["workplans"])
    ]
    items = streamed("workplan_items.yaml")
    for i in range(size["workplan_items"]):
        count = draw.random.choice([0, 1, 1, 2, 2, 3, 4])
        owners = (
            [{"owner": body, "role": draw.pick(OWNER_ROLES)} for body in draw.distinct(bodies, body_weights, count)]
            if count
            else []
        )
        items.append(
            {
                "id": f"wi-{i:06d}",
                "workplan": workplans[i % len(workplans)]["id"],
                "code": f"item {i % 40 + 1}",
                "term": v.TERMS.values[i % 3],
                "text": f"Workplan item {i:06d}: {draw.sentence('en', 12)}",
                "status": v.ITEM_STATUSES.values[i % 5],
                "owners": owners,
                "evidence": evidence(draw.random.randint(1, 2)),
            }
        )

    files = {
        "documents.yaml": documents,
        "organizations.yaml": organizations,
        "mechanisms.yaml": mechanisms,
        "focal_points.yaml": focal_points,
        "events.yaml": events,
        "activities.yaml": activities,
        "references.yaml": references,
        "workplans.yaml": workplans,
        "workplan_items.yaml": items,
    }
    for name, rows in files.items():
        if isinstance(rows, _File):
            rows.out.close()
        else:
            _write(folder / name, comment(name), rows)
    return {name: len(rows) for name, rows in files.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write the seed folder (replaced if it exists)")
    parser.add_argument("--scale", type=float, default=1.0, help="1 gives about 10^5 nodes and 10^6 relationships")
    parser.add_argument("--seed", type=int, default=7, help="the same seed gives the same files")
    arguments = parser.parse_args(argv)
    counts = generate(arguments.folder, arguments.scale, arguments.seed)
    print(f"Wrote {arguments.folder}: " + ", ".join(f"{name} {count}" for name, count in counts.items()))


if __name__ == "__main__":
    main()
