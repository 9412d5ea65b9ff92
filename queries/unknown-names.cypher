// name: unknown-names
// description: The names ingestion found that look like a body's but that the registry lacks, most frequent first,
// description: each with its paragraphs (document symbol, locator, text); names settled as not a body are left out.
// param: document: string = null (only the names of this document id, e.g. a-hrc-23-18-en)
// param: limit: int = 200
// columns: name, paragraphs, documents, places
MATCH (p:Paragraph)
WHERE p.unknown IS NOT NULL AND ($document IS NULL OR p.document = $document)
UNWIND p.unknown AS name
WITH name, p ORDER BY p.document, p.id
WITH name, collect({paragraph: p.id, document: p.document, symbol: coalesce(p.symbol, p.document), locator: p.locator,
                    text: p.text}) AS places, count(DISTINCT p.document) AS documents
RETURN name, size(places) AS paragraphs, documents, places
ORDER BY paragraphs DESC, name
LIMIT $limit
