// name: reference-matrix
// description: The who-cites-whom matrix among the bodies that make and receive the most references, as one row per (citing body, cited body) pair with the number of references, for a heat map; filterable like who-cites-whom and by the year of the first document stating each reference.
// param: kind: string = null (only this reference kind)
// param: system: string = null (only pairs where either body is of this system)
// param: include_generic: bool = true (include classes such as "NHRIs" and "all RHRMs")
// param: region: string = null (only pairs where either body is of this region)
// param: year_from: int = null (only references first stated in a document of this year or later)
// param: year_to: int = null (only references first stated in a document of this year or earlier)
// param: bodies: int = 40 (the matrix of this many bodies, those with the most references made and received)
// columns: source, target, references
// The reference links between bodies (graph/links.py) count the references of each pair by kind and year.
MATCH (s:Mechanism)-[l:LINKED {type: 'references'}]->(t:Mechanism)
WHERE ($kind IS NULL OR l.detail = $kind)
  AND ($year_from IS NULL OR l.year >= $year_from) AND ($year_to IS NULL OR l.year <= $year_to)
  AND ($system IS NULL OR s.system = $system OR t.system = $system)
  AND ($region IS NULL OR s.region = $region OR t.region = $region)
  AND ($include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false)))
WITH s.id AS source, t.id AS target, sum(l.weight) AS references
WITH collect({source: source, target: target, references: references}) AS pairs
CALL (pairs) {
  UNWIND pairs AS pair
  UNWIND [pair.source, pair.target] AS body
  WITH body, sum(pair.references) AS total ORDER BY total DESC, body LIMIT $bodies
  RETURN collect(body) AS top
}
UNWIND pairs AS pair
WITH pair, top WHERE pair.source IN top AND pair.target IN top
RETURN pair.source AS source, pair.target AS target, pair.references AS references
ORDER BY source, target
