// name: reference-evidence
// description: The evidence of every reference from one body to another: document, paragraph and quote.
// param: source: body (the body that cites)
// param: target: body (the body cited)
// columns: kind, status, document, symbol, locator, quote
MATCH (:Mechanism {id: $source})-[:MAKES]->(r:Reference)-[:ABOUT]->(:Mechanism {id: $target})
MATCH (r)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
RETURN r.kind AS kind, r.status AS status, d.id AS document, d.symbol AS symbol, e.locator AS locator, e.quote AS quote
ORDER BY kind, document, locator, quote
