// name: document-names
// description: What a document picker lists, or a page's lookup of the documents it names: held documents' id,
// description: symbol, title and language, and whether their text is ingested; nothing counted. The first `limit`
// description: by symbol (those whose symbol, title or id holds the words typed), or every held document of the ids
// description: or symbols given. One row, holding them as a list.
// param: words: string = null (only the documents whose symbol, title or id holds each of these words, in any case)
// param: ids: strings = null (only these documents, all of them)
// param: symbols: strings = null (only the documents of these symbols, in every language, all of them)
// param: ingested: bool = false (only the documents whose text is ingested)
// param: limit: int = 100 (at most this many, without ids or symbols)
// columns: documents
// A lookup reads its documents from the id constraint or the symbol index; a picker reads them in the order of the
// symbol index and stops at the limit (documents without a symbol come last).
CALL () {
  UNWIND $ids AS id
  MATCH (d:Document {id: id})
  RETURN d
  UNION
  UNWIND $symbols AS symbol
  MATCH (d:Document {symbol: symbol})
  RETURN d
  UNION
  CALL () {
    WITH [word IN split(toLower(coalesce($words, '')), ' ') WHERE word <> ''] AS words
    WHERE $ids IS NULL AND $symbols IS NULL
    MATCH (d:Document) WHERE d.symbol >= ''
    WITH d, words ORDER BY d.symbol
    WHERE all(word IN words WHERE toLower(d.symbol) CONTAINS word OR toLower(coalesce(d.title, '')) CONTAINS word
                                  OR toLower(d.id) CONTAINS word)
      AND coalesce(d.held, true) AND (NOT $ingested OR EXISTS { (:Paragraph {document: d.id}) })
    WITH d ORDER BY d.symbol, d.lang, d.id
    RETURN d LIMIT $limit
  }
  WITH collect(d) AS listed
  // the documents without a symbol, only when those with one are fewer than the limit
  CALL (listed) {
    UNWIND listed AS d
    RETURN d
    UNION
    WITH [word IN split(toLower(coalesce($words, '')), ' ') WHERE word <> ''] AS words
    WHERE $ids IS NULL AND $symbols IS NULL AND size(listed) < $limit
    MATCH (d:Document) WHERE d.symbol IS NULL
      AND all(word IN words WHERE toLower(coalesce(d.title, '')) CONTAINS word OR toLower(d.id) CONTAINS word)
    RETURN d
  }
  RETURN d
}
WITH d WHERE coalesce(d.held, true) AND (NOT $ingested OR EXISTS { (:Paragraph {document: d.id}) })
WITH d ORDER BY d.symbol, d.lang, d.id
LIMIT CASE WHEN $ids IS NULL AND $symbols IS NULL THEN $limit ELSE 1000000 END
RETURN collect({id: d.id, symbol: d.symbol, title: d.title, lang: d.lang,
                ingested: EXISTS { (:Paragraph {document: d.id}) }}) AS documents
