"""Names a person settled: the unknown names ingestion found, each decided once and kept beside the seeds.

Ingestion lists the names that look like a body's but that the registry lacks. A person settles
each one as a spelling of a known body (``alias``), a body of its own (``new_body``), or
``not_a_body``; the decision is one row of ``decisions/names.yaml`` in the seed folder (when,
the name as printed, the decision, and its evidence: document, locator, quote), plain YAML
that a git diff shows. The registry is then the seed rows *and* these rows: :func:`applied`
adds the aliases to their bodies and the new bodies to the rows, which is how
``Resolver.from_seeds`` knows them. The last decision on a name holds.

The rows are checked by the seeds pipeline (``loaders.seeds``: a problem is ``file:line:
field``); here a row that cannot be used is passed over, so that the resolver never fails on a
file being edited.

>>> rows = [{"id": "cat", "name": "Committee against Torture"}]
>>> settled = [
...     {"decision": "alias", "name": "Comité contre la torture", "body": "cat", "lang": "fr"},
...     {"decision": "new_body", "name": "Andean Commission of Jurists", "id": "andean-commission-of-jurists",
...      "system": "civil_society", "kind": "other"},
... ]
>>> [(row["id"], row.get("aliases_fr")) for row in applied(rows, settled)]
[('cat', ['Comité contre la torture']), ('andean-commission-of-jurists', None)]
>>> slug("The Andean Commission of Jurists"), slug("Comité andin des juristes")
('andean-commission-of-jurists', 'comite-andin-des-juristes')
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from registry.vocabulary import NAME_DECISIONS
from registry.yamlfile import SeedFileError, append_rows, read_rows

__all__ = [
    "FILE",
    "HEADER",
    "path_in",
    "rows",
    "name_key",
    "latest",
    "applied",
    "not_bodies",
    "is_not_a_body",
    "slug",
    "record",
]

#: Where the decisions on names live, inside a seed folder.
FILE = Path("decisions") / "names.yaml"
HEADER = (
    "# Unknown names settled by a person, one row per decision, oldest first; the last row on a name holds.\n"
    "# decision: alias (a spelling of `body` in `lang`), new_body (id, system, kind, region, parent) or not_a_body.\n"
    "# Written by `mechgraph names` and the dashboard; `mechgraph load` and `mechgraph ingest` replay them.\n"
)
# Where an alias goes in a body's row, by language (the resolver's LANGUAGE_FIELDS, aliases only).
_ALIAS_FIELDS = {"en": "aliases", "fr": "aliases_fr", "zh": "aliases_zh", "es": "aliases_es"}


def path_in(seeds: Path) -> Path:
    return Path(seeds) / FILE


def name_key(name: str) -> str:
    """The form names are told apart in here: case and spacing aside (``Resolver`` goes further)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", str(name))).strip().casefold()


def rows(seeds: Path) -> list[dict]:
    """The decision rows of a seed folder, oldest first; none when the file is missing or unreadable."""
    path = path_in(seeds)
    if not path.exists():
        return []
    try:
        return [row.data for row in read_rows(path) if isinstance(row.data, dict) and row.data.get("name")]
    except SeedFileError:
        return []  # the seeds pipeline reports it, with its line


def latest(decisions: list[dict]) -> list[dict]:
    """The decision that holds for each name (its last row), in the order the names were first settled.

    >>> [row["decision"] for row in latest([{"name": "X Court", "decision": "alias"},
    ...                                     {"name": "x  court", "decision": "not_a_body"}])]
    ['not_a_body']
    """
    holding: dict[str, dict] = {}
    for row in decisions:
        holding[name_key(row["name"])] = row
    return list(holding.values())


def applied(body_rows: list[dict], decisions: list[dict]) -> list[dict]:
    """The body rows with the settled aliases added and the settled new bodies after them (copies)."""
    result = [dict(row) for row in body_rows]
    by_id = {row.get("id"): row for row in result}
    for row in latest(decisions):
        if row.get("decision") == "alias" and row.get("body") in by_id:
            field = _ALIAS_FIELDS.get(row.get("lang") or "en", "aliases")
            body = by_id[row["body"]]
            body[field] = [*(body.get(field) or []), row["name"]]
        elif row.get("decision") == "new_body" and row.get("id") and row["id"] not in by_id:
            body = {key: row.get(key) for key in ("id", "name", "system", "kind", "region")}
            result.append(body)
            by_id[body["id"]] = body
    return result


def not_bodies(seeds: Path) -> set[str]:
    """The names (casefolded, spaces collapsed) settled as not a body: ingestion leaves them off its lists.

    >>> not_bodies(SEEDS)
    set()
    """
    return {name_key(row["name"]) for row in latest(rows(seeds)) if row.get("decision") == "not_a_body"}


def is_not_a_body(name: str, names: set[str]) -> bool:
    """Whether ``name`` is one of ``names`` (from :func:`not_bodies`)."""
    return name_key(name) in names


def slug(name: str) -> str:
    """A new body's id derived from its name: plain letters and digits, a leading article dropped."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    text = re.sub(r"^(?:the|la|le|les|el|los|l')\s*", "", text.strip())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def record(seeds: Path, row: dict) -> str | None:
    """Add one decision row to the file (made with its header if new), atomically; the text it had, or None."""
    if row.get("decision") not in NAME_DECISIONS:
        raise ValueError(f"unknown decision {row.get('decision')!r}; expected one of {', '.join(NAME_DECISIONS)}")
    return append_rows(path_in(seeds), [row], header=HEADER)
