// name: liaisons
// description: Who liaises with whom through focal points: each focal point, its body, and the focal point or body it liaises with;
// description: one page of them (limit, offset), each row with the number of liaisons matching the filter (total).
// param: body: body = null (only liaisons involving this body)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: focal_point, body, liaises_with, other_body, total
// With a body, only the focal points that can involve it: its own, and those liaising with it or its focal points.
CALL () {
  MATCH (f:FocalPoint) WHERE $body IS NULL RETURN f
  UNION
  MATCH (:Mechanism|Organization {id: $body})<-[:FOCAL_POINT_OF]-(f:FocalPoint) RETURN f
  UNION
  MATCH (:Mechanism|Organization {id: $body})<-[:FOCAL_POINT_OF]-(:FocalPoint)<-[:LIAISES_WITH]-(f:FocalPoint) RETURN f
  UNION
  MATCH (:Mechanism|Organization {id: $body})<-[:LIAISES_WITH]-(f:FocalPoint) RETURN f
}
OPTIONAL MATCH (f)-[:FOCAL_POINT_OF]->(b)
MATCH (f)-[:LIAISES_WITH]->(o)
WITH f, b, o
// The other side's body (o's, when o is a focal point) is looked up for every liaison only to filter by body.
WHERE $body IS NULL OR b.id = $body OR o.id = $body OR EXISTS { (o)-[:FOCAL_POINT_OF]->({id: $body}) }
WITH f, b, o ORDER BY b.id, f.id, o.id
WITH collect({f: f, b: b, o: o}) AS matching
UNWIND matching[$offset..][..$limit] AS row
WITH row.f AS f, row.b AS b, row.o AS o, size(matching) AS total
OPTIONAL MATCH (o)-[:FOCAL_POINT_OF]->(ob)
RETURN f.id AS focal_point, b.id AS body, o.id AS liaises_with, coalesce(ob, o).id AS other_body, total
ORDER BY body, focal_point, liaises_with
