// name: bodies-without-focal-point
// description: Specific bodies (not classes such as "NHRIs") that have no focal point, optionally of one system or region.
// param: system: string = null (UN, regional, subregional...)
// param: region: string = null
// columns: body, name, system, kind, region
MATCH (m:Mechanism)
WHERE NOT coalesce(m.generic, false)
  AND NOT EXISTS { (:FocalPoint)-[:FOCAL_POINT_OF]->(m) }
  AND ($system IS NULL OR m.system = $system)
  AND ($region IS NULL OR m.region = $region)
RETURN m.id AS body, m.name AS name, m.system AS system, m.kind AS kind, m.region AS region
ORDER BY system, body
