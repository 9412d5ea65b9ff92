// name: paragraph-search
// description: Full-text search of every ingested paragraph, in every language (Chinese by pairs of characters; a word also finds the words starting with its root): the best hits first, filtered by language, document and body mentioned.
// param: words: words (what to find: every word must be there; "a phrase" in double quotes)
// param: language: string = null  (a language code: en, fr, zh, es; all when left out)
// param: document: string = null  (a document's id)
// param: body: body = null  (a body the paragraph mentions, by any name)
// param: limit: int = 50
// columns: paragraph, document, symbol, language, locator, score, text
CALL db.index.fulltext.queryNodes('paragraph_text', $words) YIELD node AS p, score
WHERE ($language IS NULL OR p.lang = $language)
  AND ($document IS NULL OR p.document = $document)
  AND ($body IS NULL OR EXISTS { (p)-[:MENTIONS]->(b) WHERE b.id = $body })
RETURN p.id AS paragraph, p.document AS document, p.symbol AS symbol, p.lang AS language, p.locator AS locator,
       score, p.text AS text
ORDER BY score DESC, paragraph
LIMIT $limit
