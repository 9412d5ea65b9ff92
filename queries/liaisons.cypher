// name: liaisons
// description: Who liaises with whom through focal points: each focal point, its body, and the focal point or body it liaises with;
// description: one page of them (limit, offset), each row with the number of liaisons matching the filter (total).
// param: body: body = null (only liaisons involving this body)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: focal_point, body, liaises_with, other_body, total
MATCH (f:FocalPoint)-[:LIAISES_WITH]->(o)
OPTIONAL MATCH (f)-[:FOCAL_POINT_OF]->(b)
OPTIONAL MATCH (o)-[:FOCAL_POINT_OF]->(ob)
WITH f, b, o, coalesce(ob, o) AS other
WHERE $body IS NULL OR b.id = $body OR other.id = $body
WITH f.id AS focal_point, b.id AS body, o.id AS liaises_with, other.id AS other_body
ORDER BY body, focal_point, liaises_with
WITH collect({focal_point: focal_point, body: body, liaises_with: liaises_with, other_body: other_body}) AS matching
UNWIND matching[$offset..][..$limit] AS row
RETURN row.focal_point AS focal_point, row.body AS body, row.liaises_with AS liaises_with,
       row.other_body AS other_body, size(matching) AS total
