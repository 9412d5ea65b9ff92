// name: focal-points
// description: The directory of focal points: for which body, held by whom, what they cover and whom they liaise with;
// description: one page of them (limit, offset), each row with the number of focal points matching the filter (total).
// param: body: body = null (only the focal points of this body)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: focal_point, title, body, body_name, held_by, covers, liaises_with, total
MATCH (f:FocalPoint)-[:FOCAL_POINT_OF]->(b)
WHERE $body IS NULL OR b.id = $body
WITH f, b ORDER BY b.id, f.id
WITH collect({f: f, b: b}) AS matching
UNWIND matching[$offset..][..$limit] AS row
WITH row.f AS f, row.b AS b, size(matching) AS total
CALL (f) {
  OPTIONAL MATCH (f)-[:LIAISES_WITH]->(o)
  WITH o ORDER BY o.id
  RETURN collect(o.id) AS liaises_with
}
RETURN f.id AS focal_point, f.title AS title, b.id AS body, b.name AS body_name, f.held_by AS held_by,
       f.covers AS covers, liaises_with, total
