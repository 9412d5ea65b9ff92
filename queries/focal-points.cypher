// name: focal-points
// description: The directory of focal points: for which body, held by whom, what they cover and whom they liaise with.
// param: body: body = null (only the focal points of this body)
// columns: focal_point, title, body, body_name, held_by, covers, liaises_with
MATCH (f:FocalPoint)-[:FOCAL_POINT_OF]->(b)
WHERE $body IS NULL OR b.id = $body
CALL (f) {
  OPTIONAL MATCH (f)-[:LIAISES_WITH]->(o)
  WITH o ORDER BY o.id
  RETURN collect(o.id) AS liaises_with
}
RETURN f.id AS focal_point, f.title AS title, b.id AS body, b.name AS body_name, f.held_by AS held_by,
       f.covers AS covers, liaises_with
ORDER BY body, focal_point
