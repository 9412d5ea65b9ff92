// name: connection-paths
// description: How two bodies are connected: the shortest paths (at most 8 relationships) over references, joint activities, shared events and focal-point liaison, with the evidence of each step.
// param: source: body
// param: target: body
// param: limit: int = 5
// columns: path, length, steps
MATCH (a:Mechanism|Organization {id: $source}), (b:Mechanism|Organization {id: $target})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:REFERENCES|PARTICIPATED_IN|ATTENDED|ORGANIZED|FOCAL_POINT_OF|LIAISES_WITH*..8]-(b))
WITH p LIMIT $limit
UNWIND range(0, length(p) - 1) AS i
WITH p, i, relationships(p)[i] AS rel, nodes(p)[i] AS x, nodes(p)[i + 1] AS y
CALL (rel, x, y) {
  // The fact that proves a step: the reference it stands for, else the activity, event or focal point it touches.
  OPTIONAL MATCH (reference:Reference {id: rel.reference})
  WITH coalesce(reference, CASE WHEN x:Activity OR x:Event OR x:FocalPoint THEN x ELSE y END) AS fact
  OPTIONAL MATCH (fact)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
  WITH e, d ORDER BY d.id, e.locator LIMIT 3
  RETURN collect({document: d.id, locator: e.locator, quote: e.quote}) AS evidence
}
WITH p, i, {from: x.id, to: y.id, type: type(rel), evidence: evidence} AS step
ORDER BY i
WITH p, collect(step) AS steps
RETURN [n IN nodes(p) | n.id] AS path, length(p) AS length, steps
ORDER BY length, path
