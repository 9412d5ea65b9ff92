// name: held-documents
// description: Every document the graph holds (cited ones it lacks are left out): symbol, title, language, date, the languages of its translations, its paragraph and mention counts, and when it was last ingested (null when never).
// columns: id, symbol, title, lang, date, kind, translations, paragraphs, mentions, ingested_at
MATCH (d:Document)
WHERE coalesce(d.held, true)
OPTIONAL MATCH (m:Meta {id: 'load-document-' + d.id})
WITH d, m,
     COLLECT {
       MATCH (d)-[:TRANSLATION_OF]-(t:Document) WHERE coalesce(t.held, true) RETURN t.lang AS other
       UNION
       MATCH (t:Document {symbol: d.symbol}) WHERE t.lang <> d.lang AND coalesce(t.held, true) RETURN t.lang AS other
     } AS others
RETURN d.id AS id, d.symbol AS symbol, d.title AS title, d.lang AS lang, d.date AS date, d.kind AS kind,
       COLLECT { UNWIND others AS other RETURN other ORDER BY other } AS translations,
       COUNT { (:Paragraph {document: d.id}) } AS paragraphs,
       COUNT { (:Paragraph {document: d.id})-[:MENTIONS]->() } AS mentions,
       toString(m.loaded_at) AS ingested_at
ORDER BY date, id
