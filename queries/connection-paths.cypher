// name: connection-paths
// description: How two bodies are connected: the distinct shortest paths (at most 8 relationships) over references, joint activities, shared events and focal-point liaison, each step with every fact behind it and its first quotes, each once (and whether they are all its quotes).
// param: source: body
// param: target: body
// param: limit: int = 5
// param: quotes: int = 50 (the most quotes given for each step: two busy bodies are linked by thousands)
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
  WITH rel, fact ORDER BY type(rel), rel.kind, fact.id
  WITH collect({rel: rel, fact: fact, records: COUNT { (fact)-[:EVIDENCED_BY]->() }}) AS facts
  // The step's quotes are its facts' in turn, each fact's by document, locator and quote, each quote once. Only the
  // facts that can give one of the first $quotes are read: those with fewer evidence records than that before them.
  WITH facts, [n IN range(0, size(facts) - 1) | reduce(sum = 0, f IN facts[..n] | sum + f.records)] AS before
  CALL (facts, before) {
    UNWIND range(0, size(facts) - 1) AS n
    WITH n, facts[n].fact AS fact
    WHERE before[n] < $quotes
    MATCH (fact)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
    WHERE e.quote IS NOT NULL
    WITH d, e.locator AS locator, e.quote AS quote, collect(n) AS of, min(n) AS first
    ORDER BY first, d.id, locator, quote
    RETURN collect({document: d, locator: locator, quote: quote, of: of}) AS read
  }
  CALL (read) {
    UNWIND range(0, size(read[..$quotes]) - 1) AS k
    WITH k, read[k] AS q
    WITH k, q, q.document AS d
    OPTIONAL MATCH (paragraph:Paragraph {document: d.id, locator: q.locator})
    WITH k, q, d, head(collect(paragraph.text)) AS paragraph
    ORDER BY k
    RETURN collect({of: q.of, quote: {document: d.id, symbol: d.symbol, language: d.lang, locator: q.locator,
                                      quote: q.quote, paragraph: paragraph}}) AS given
  }
  UNWIND range(0, size(facts) - 1) AS n
  WITH x, facts[n] AS f, n, given, read, before
  RETURN collect({type: type(f.rel), forward: startNode(f.rel) = x, kind: f.rel.kind, status: f.rel.status,
                  role: f.rel.role, fact: f.fact.id,
                  evidence: COLLECT { UNWIND given AS g WITH g WHERE n IN g.of
                                      RETURN g.quote ORDER BY g.quote.document, g.quote.locator, g.quote.quote }}) AS facts,
         [g IN given | g.quote] AS evidence,
         // Every fact read and at most $quotes quotes: the evidence is complete.
         before[-1] < $quotes AND size(read) <= $quotes AS complete
}
WITH hops, i, {from: x.id, to: y.id, type: facts[0].type, facts: facts, evidence: evidence, complete: complete} AS step
ORDER BY i
WITH hops, collect(step) AS steps
RETURN [n IN hops | n.id] AS path, size(hops) - 1 AS length,
       [n IN hops | {id: n.id, label: labels(n)[0], name: coalesce(n.name, n.title), kind: n.kind, start: n.start,
                     status: n.status, acronyms: coalesce(n.acronyms, [])}] AS nodes,
       steps
ORDER BY length, path
