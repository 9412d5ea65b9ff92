// name: unknown-names
// description: The names ingestion found that look like a body's but that the registry lacks, most frequent first,
// description: each with its paragraphs (document symbol, locator, text); names settled as not a body are left out;
// description: one page of them (limit, offset), each row with the number of unknown names (total).
// param: document: string = null (only the names of this document id, e.g. a-hrc-23-18-en)
// param: name: string = null (only this name, as ingestion found it)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: name, paragraphs, documents, places, total
MATCH (p:Paragraph)
WHERE p.unknown IS NOT NULL AND ($document IS NULL OR p.document = $document)
UNWIND p.unknown AS name
WITH name, p WHERE $name IS NULL OR name = $name
WITH name, p ORDER BY p.document, p.id
// The names ranked on their paragraphs alone; the paragraphs' texts only for the page's names.
WITH name, collect(p) AS found, count(DISTINCT p.document) AS documents
WITH name, found, documents ORDER BY size(found) DESC, name
WITH collect({name: name, found: found, documents: documents}) AS matching
UNWIND matching[$offset..][..$limit] AS row
RETURN row.name AS name, size(row.found) AS paragraphs, row.documents AS documents,
       [p IN row.found | {paragraph: p.id, document: p.document, symbol: coalesce(p.symbol, p.document),
                          locator: p.locator, text: p.text}] AS places,
       size(matching) AS total
