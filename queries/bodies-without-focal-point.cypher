// name: bodies-without-focal-point
// description: Specific bodies (not classes such as "NHRIs") that have no focal point, optionally of one system or region;
// description: one page of them (limit, offset), each row with the number of such bodies (total).
// param: system: string = null (UN, regional, subregional...)
// param: region: string = null
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: body, name, system, kind, region, total
MATCH (m:Mechanism)
WHERE NOT coalesce(m.generic, false)
  AND NOT EXISTS { (:FocalPoint)-[:FOCAL_POINT_OF]->(m) }
  AND ($system IS NULL OR m.system = $system)
  AND ($region IS NULL OR m.region = $region)
WITH m ORDER BY m.system, m.id
WITH collect(m) AS matching
UNWIND matching[$offset..][..$limit] AS m
RETURN m.id AS body, m.name AS name, m.system AS system, m.kind AS kind, m.region AS region, size(matching) AS total
