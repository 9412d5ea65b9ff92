// name: reference-matrix
// description: The full who-cites-whom matrix as one row per (citing body, cited body) pair with the number of references, for a heat map; filterable like who-cites-whom and by the year of the documents that state the references.
// param: kind: string = null (only this reference kind)
// param: system: string = null (only pairs where either body is of this system)
// param: include_generic: bool = true (include classes such as "NHRIs" and "all RHRMs")
// param: region: string = null (only pairs where either body is of this region)
// param: year_from: int = null (only references stated in documents of this year or later)
// param: year_to: int = null (only references stated in documents of this year or earlier)
// columns: source, target, references
// Each Reference node has one REFERENCES relationship between its two bodies: counting those reads far less.
MATCH (s:Mechanism)-[r:REFERENCES]->(t:Mechanism)
WHERE ($kind IS NULL OR r.kind = $kind)
  AND ($system IS NULL OR s.system = $system OR t.system = $system)
  AND ($region IS NULL OR s.region = $region OR t.region = $region)
  AND ($include_generic OR NOT (coalesce(s.generic, false) OR coalesce(t.generic, false)))
  AND ($year_from IS NULL AND $year_to IS NULL OR EXISTS {
        MATCH (:Reference {id: r.reference})-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(d:Document)
        WHERE ($year_from IS NULL OR toInteger(left(d.date, 4)) >= $year_from)
          AND ($year_to IS NULL OR toInteger(left(d.date, 4)) <= $year_to) })
RETURN s.id AS source, t.id AS target, count(r) AS references
ORDER BY source, target
