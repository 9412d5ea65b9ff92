// name: who-cites-whom
// description: Pairs of bodies ranked by how many references one makes to the other (citing, quoting, following up, implementing, taking into account, submitting information).
// param: kind: string = null (only this reference kind, e.g. cites_case_law)
// param: system: string = null (only pairs where either body is of this system: UN, regional...)
// param: include_generic: bool = true (include classes such as "NHRIs" and "all RHRMs")
// param: region: string = null (only pairs where either body is of this region: africa, americas...)
// param: status: string = null (practice, recommended or proposed)
// param: year_from: int = null (only references first stated in a document of this year or later)
// param: year_to: int = null (only references first stated in a document of this year or earlier)
// param: limit: int = 50
// columns: source, source_name, target, target_name, references, kinds
// The reference links between bodies (graph/links.py) count the references of each pair by kind, status and
// year: one read of them, not of every reference and its evidence.
// A year or a kind reads its links from an index on the type and it (graph/schema.py); otherwise every reference
// link is read. The pairs are ranked by their number of references first: only those that can be on the page
// (as many as it holds, and those tied with its last) have their ids read to order them.
CALL () {
  WITH 1 AS one WHERE $year_from IS NOT NULL OR $year_to IS NOT NULL
  MATCH (s:Mechanism)-[l:LINKED]->(t:Mechanism)
  WHERE l.year >= coalesce($year_from, -1000000) AND l.year <= coalesce($year_to, 1000000) AND l.type = 'references'
  RETURN s, l, t
  UNION ALL
  WITH 1 AS one WHERE $kind IS NOT NULL AND $year_from IS NULL AND $year_to IS NULL
  MATCH (s:Mechanism)-[l:LINKED]->(t:Mechanism)
  WHERE l.detail = $kind AND l.type = 'references'
  RETURN s, l, t
  UNION ALL
  WITH 1 AS one WHERE $kind IS NULL AND $year_from IS NULL AND $year_to IS NULL
  MATCH (s:Mechanism)-[l:LINKED {type: 'references'}]->(t:Mechanism) USING INDEX l:LINKED(type)
  RETURN s, l, t
}
WITH s, l, t
WHERE ($kind IS NULL OR l.detail = $kind)
  AND ($status IS NULL OR l.fact_status = $status)
  AND ($system IS NULL OR s.system = $system OR t.system = $system)
  AND ($region IS NULL OR s.region = $region OR t.region = $region)
  AND ($include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false)))
WITH s, t, sum(l.weight) AS references, collect(l.detail) AS details
WITH collect([s, t, references, details]) AS pairs
CALL (pairs) { UNWIND pairs AS pair WITH pair[2] AS references ORDER BY references DESC LIMIT $limit RETURN min(references) AS floor }
UNWIND pairs AS pair
WITH pair WHERE pair[2] >= floor
WITH pair[0] AS s, pair[1] AS t, pair[2] AS references, pair[3] AS details
ORDER BY references DESC, s.id, t.id
LIMIT $limit
RETURN s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name, references,
       COLLECT { UNWIND details AS kind RETURN DISTINCT kind ORDER BY kind } AS kinds
