// name: connection-paths
// description: How two bodies are connected: the distinct shortest paths (at most 8 relationships) over references, joint activities, shared events and focal-point liaison, each step with every fact behind it and all their evidence.
// param: source: body
// param: target: body
// param: limit: int = 5
// columns: path, length, nodes, steps
MATCH (a:Mechanism|Organization {id: $source}), (b:Mechanism|Organization {id: $target})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:REFERENCES|PARTICIPATED_IN|ATTENDED|ORGANIZED|FOCAL_POINT_OF|LIAISES_WITH*..8]-(b))
// Two bodies linked by several references give one path per reference: a path is its nodes, found once.
WITH DISTINCT nodes(p) AS hops
WITH hops ORDER BY size(hops), [n IN hops | n.id]
LIMIT $limit
UNWIND range(0, size(hops) - 2) AS i
WITH hops, i, hops[i] AS x, hops[i + 1] AS y
CALL (x, y) {
  // Every relationship between the two ends of a step, each with the fact that proves it: the reference it
  // stands for, else the activity, event or focal point it touches.
  MATCH (x)-[rel:REFERENCES|PARTICIPATED_IN|ATTENDED|ORGANIZED|FOCAL_POINT_OF|LIAISES_WITH]-(y)
  OPTIONAL MATCH (reference:Reference {id: rel.reference})
  WITH rel, coalesce(reference, CASE WHEN x:Activity OR x:Event OR x:FocalPoint THEN x ELSE y END) AS fact
  CALL (fact) {
    OPTIONAL MATCH (fact)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
    OPTIONAL MATCH (paragraph:Paragraph {document: d.id, locator: e.locator})
    WITH e, d, head(collect(paragraph.text)) AS paragraph
    WITH e, d, paragraph ORDER BY d.id, e.locator, e.quote
    RETURN [quote IN collect({document: d.id, symbol: d.symbol, language: d.lang, locator: e.locator,
            quote: e.quote, paragraph: paragraph}) WHERE quote.quote IS NOT NULL] AS evidence
  }
  WITH rel, fact, evidence ORDER BY type(rel), rel.kind, fact.id
  RETURN collect({type: type(rel), forward: startNode(rel) = x, kind: rel.kind, status: rel.status, role: rel.role,
                  fact: fact.id, evidence: evidence}) AS facts
}
WITH hops, i, {from: x.id, to: y.id, type: facts[0].type, facts: facts,
               evidence: reduce(all = [], f IN facts | all + [e IN f.evidence WHERE NOT e IN all])} AS step
ORDER BY i
WITH hops, collect(step) AS steps
RETURN [n IN hops | n.id] AS path, size(hops) - 1 AS length,
       [n IN hops | {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title), kind: n.kind, start: n.start,
                     status: n.status, acronyms: coalesce(n.acronyms, [])}] AS nodes,
       steps
ORDER BY length, path
