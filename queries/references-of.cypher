// name: references-of
// description: What one body references (out) and who references it (in), with the kind and status of each reference.
// param: body: body (any name, acronym or spelling)
// columns: direction, other, other_name, kind, status, evidence_count
MATCH (b:Mechanism {id: $body})
CALL (b) {
  MATCH (b)-[:MAKES]->(r:Reference)-[:ABOUT]->(o)
  RETURN 'out' AS direction, o, r
  UNION
  MATCH (o)-[:MAKES]->(r:Reference)-[:ABOUT]->(b)
  RETURN 'in' AS direction, o, r
}
RETURN direction, o.id AS other, o.name AS other_name, r.kind AS kind, r.status AS status,
       COUNT { (r)-[:EVIDENCED_BY]->() } AS evidence_count
ORDER BY direction DESC, other, kind
