// name: document-names
// description: What a document picker lists: every held document's id, symbol, title and language, and whether its
// description: text is ingested; nothing counted, so that thousands of documents come back at once.
// param: ingested: bool = false (only the documents whose text is ingested)
// columns: id, symbol, title, lang, ingested
MATCH (d:Document)
WHERE coalesce(d.held, true)
WITH d, EXISTS { (:Paragraph {document: d.id}) } AS ingested
WHERE ingested OR NOT $ingested
RETURN d.id AS id, d.symbol AS symbol, d.title AS title, d.lang AS lang, ingested
ORDER BY symbol, lang, id
