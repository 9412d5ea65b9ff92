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
MATCH (s:Mechanism)-[l:LINKED {type: 'references'}]->(t:Mechanism)
WHERE ($kind IS NULL OR l.detail = $kind)
  AND ($status IS NULL OR l.fact_status = $status)
  AND ($year_from IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year <= $year_to)
  AND ($system IS NULL OR s.system = $system OR t.system = $system)
  AND ($region IS NULL OR s.region = $region OR t.region = $region)
  AND ($include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false)))
WITH s, t, sum(l.weight) AS references, collect(l.detail) AS details
ORDER BY references DESC, s.id, t.id
LIMIT $limit
RETURN s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name, references,
       COLLECT { UNWIND details AS kind RETURN DISTINCT kind ORDER BY kind } AS kinds
