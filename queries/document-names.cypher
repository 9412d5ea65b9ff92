// name: document-names
// description: What a document picker lists: every held document's id, symbol, title and language, and whether its
// description: text is ingested; nothing counted. One row, holding them all as a list: thousands of rows, one
// description: per document, take a client far longer to receive than one list of them.
// param: ingested: bool = false (only the documents whose text is ingested)
// columns: documents
MATCH (d:Document)
WHERE coalesce(d.held, true)
WITH d, EXISTS { (:Paragraph {document: d.id}) } AS ingested
WHERE ingested OR NOT $ingested
WITH d, ingested ORDER BY d.symbol, d.lang, d.id
RETURN collect({id: d.id, symbol: d.symbol, title: d.title, lang: d.lang, ingested: ingested}) AS documents
