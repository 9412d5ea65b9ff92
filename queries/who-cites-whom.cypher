// name: who-cites-whom
// description: Pairs of bodies ranked by how many references one makes to the other (citing, quoting, following up, implementing, taking into account, submitting information).
// param: kind: string = null (only this reference kind, e.g. cites_case_law)
// param: system: string = null (only pairs where either body is of this system: UN, regional...)
// param: include_generic: bool = true (include classes such as "NHRIs" and "all RHRMs")
// param: region: string = null (only pairs where either body is of this region: africa, americas...)
// param: status: string = null (practice, recommended or proposed)
// param: year_from: int = null (only references stated in documents of this year or later)
// param: year_to: int = null (only references stated in documents of this year or earlier)
// param: limit: int = 50
// columns: source, source_name, target, target_name, references, kinds
MATCH (s:Mechanism)-[r:REFERENCES]->(t:Mechanism)
WHERE ($kind IS NULL OR r.kind = $kind)
  AND ($status IS NULL OR r.status = $status)
  AND ($system IS NULL OR s.system = $system OR t.system = $system)
  AND ($region IS NULL OR s.region = $region OR t.region = $region)
  AND ($include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false)))
  AND ($year_from IS NULL AND $year_to IS NULL OR EXISTS {
        MATCH (:Reference {id: r.reference})-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(d:Document)
        WHERE ($year_from IS NULL OR toInteger(left(d.date, 4)) >= $year_from)
          AND ($year_to IS NULL OR toInteger(left(d.date, 4)) <= $year_to) })
WITH s, t, r ORDER BY r.kind
WITH s, t, count(r) AS references, collect(DISTINCT r.kind) AS kinds
RETURN s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name, references, kinds
ORDER BY references DESC, source, target
LIMIT $limit
