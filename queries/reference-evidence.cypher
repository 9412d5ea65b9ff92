// name: reference-evidence
// description: The evidence of every reference from one body to another: document, paragraph and quote, with the paragraph's whole text when the document is ingested.
// param: source: body (the body that cites)
// param: target: body (the body cited)
// columns: fact, kind, status, document, symbol, language, locator, quote, paragraph
MATCH (:Mechanism {id: $source})-[:MAKES]->(r:Reference)-[:ABOUT]->(:Mechanism {id: $target})
MATCH (r)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
OPTIONAL MATCH (p:Paragraph {document: d.id, locator: e.locator})
WITH r, e, d, head(collect(p.text)) AS paragraph
RETURN r.id AS fact, r.kind AS kind, r.status AS status, d.id AS document, d.symbol AS symbol, d.lang AS language,
       e.locator AS locator, e.quote AS quote, paragraph
ORDER BY kind, document, locator, quote
