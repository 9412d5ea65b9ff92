// name: liaisons
// description: Who liaises with whom through focal points: each focal point, its body, and the focal point or body it liaises with.
// param: body: body = null (only liaisons involving this body)
// columns: focal_point, body, liaises_with, other_body
MATCH (f:FocalPoint)-[:LIAISES_WITH]->(o)
OPTIONAL MATCH (f)-[:FOCAL_POINT_OF]->(b)
OPTIONAL MATCH (o)-[:FOCAL_POINT_OF]->(ob)
WITH f, b, o, coalesce(ob, o) AS other
WHERE $body IS NULL OR b.id = $body OR other.id = $body
RETURN f.id AS focal_point, b.id AS body, o.id AS liaises_with, other.id AS other_body
ORDER BY body, focal_point, liaises_with
