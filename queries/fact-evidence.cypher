// name: fact-evidence
// description: The evidence of one fact (a body, reference, activity, event, focal point, workplan item, correction...): document, paragraph and quote.
// param: id: string (the fact's id)
// columns: fact, label, document, symbol, locator, quote, status
MATCH (f:Mechanism|Organization|Reference|Activity|Event|FocalPoint|Workplan|WorkplanItem|Correction|Document {id: $id})
MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
RETURN f.id AS fact, labels(f)[0] AS label, d.id AS document, d.symbol AS symbol, e.locator AS locator,
       e.quote AS quote, e.status AS status
ORDER BY document, locator, quote
