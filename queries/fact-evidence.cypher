// name: fact-evidence
// description: The evidence of one fact (a body, reference, activity, event, focal point, workplan item, correction...): document, paragraph and quote, with the paragraph's whole text when the document is ingested.
// param: id: string (the fact's id)
// columns: fact, label, document, symbol, language, locator, quote, status, paragraph
MATCH (f:Mechanism|Organization|Reference|Activity|Event|FocalPoint|Workplan|WorkplanItem|Correction|Progress|Document {id: $id})
MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)-[:FROM]->(d:Document)
OPTIONAL MATCH (p:Paragraph {document: d.id, locator: e.locator})
WITH f, e, d, head(collect(p.text)) AS paragraph
RETURN f.id AS fact, labels(f)[0] AS label, d.id AS document, d.symbol AS symbol, d.lang AS language,
       e.locator AS locator, e.quote AS quote, e.status AS status, paragraph
ORDER BY document, locator, quote
