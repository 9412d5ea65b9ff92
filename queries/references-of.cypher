// name: references-of
// description: What one body references (out) and who references it (in), with the kind and status of each reference;
// description: one page of them (limit, offset), each row with the number of the body's references (total).
// param: body: body (any name, acronym or spelling)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: direction, other, other_name, kind, status, evidence_count, total
MATCH (b:Mechanism {id: $body})
CALL (b) {
  MATCH (b)-[:MAKES]->(r:Reference)-[:ABOUT]->(o)
  RETURN 'out' AS direction, o, r
  UNION
  MATCH (o)-[:MAKES]->(r:Reference)-[:ABOUT]->(b)
  RETURN 'in' AS direction, o, r
}
WITH direction, o, r ORDER BY direction DESC, o.id, r.kind, r.status, r.id
// Counted first; the names, statuses and evidence counts only for the page's rows.
WITH collect({direction: direction, o: o, r: r}) AS matching
UNWIND matching[$offset..][..$limit] AS row
WITH row.direction AS direction, row.o AS o, row.r AS r, size(matching) AS total
RETURN direction, o.id AS other, o.name AS other_name, r.kind AS kind, r.status AS status,
       COUNT { (r)-[:EVIDENCED_BY]->() } AS evidence_count, total
