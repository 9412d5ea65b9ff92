// name: held-documents
// description: Every document the graph holds (cited ones it lacks are left out): symbol, title, language, date, the languages of its translations, its paragraph and mention counts, and when it was last ingested (null when never);
// description: one page of them (limit, offset), each row with the number of held documents (total).
// param: documents: strings = null (only these document ids)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: id, symbol, title, lang, date, kind, translations, paragraphs, mentions, ingested_at, total
MATCH (d:Document)
WHERE coalesce(d.held, true) AND ($documents IS NULL OR d.id IN $documents)
WITH d ORDER BY d.date, d.id
// The held documents counted first; translations, paragraphs and mentions only for the page's rows.
WITH collect(d) AS matching
UNWIND matching[$offset..][..$limit] AS d
OPTIONAL MATCH (m:Meta {id: 'load-document-' + d.id})
WITH d, m, size(matching) AS total,
     COLLECT {
       MATCH (d)-[:TRANSLATION_OF]-(t:Document) WHERE coalesce(t.held, true) RETURN t.lang AS other
       UNION
       MATCH (t:Document {symbol: d.symbol}) WHERE t.lang <> d.lang AND coalesce(t.held, true) RETURN t.lang AS other
     } AS others
RETURN d.id AS id, d.symbol AS symbol, d.title AS title, d.lang AS lang, d.date AS date, d.kind AS kind,
       COLLECT { UNWIND others AS other RETURN other ORDER BY other } AS translations,
       COUNT { (:Paragraph {document: d.id}) } AS paragraphs,
       COUNT { (:Paragraph {document: d.id})-[:MENTIONS]->() } AS mentions,
       toString(m.loaded_at) AS ingested_at, total
