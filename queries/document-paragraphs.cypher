// name: document-paragraphs
// description: One document's ingested paragraphs in the order of its text, each with its locator, the footnotes it calls, the bodies it mentions (id and the words written) and the documents it cites (id, symbol, whether held).
// param: document: string (a document's id)
// columns: id, locator, kind, position, text, footnotes, mentions, citations
MATCH (p:Paragraph {document: $document})
RETURN p.id AS id, p.locator AS locator, p.kind AS kind, p.position AS position, p.text AS text,
       [(p)-[:HAS_FOOTNOTE]->(f:Paragraph) | f.id] AS footnotes,
       [(p)-[m:MENTIONS]->(b) | {body: b.id, surfaces: m.surface}] AS mentions,
       [(:Document {id: $document})-[c:CITES {paragraph: p.id}]->(t:Document) |
         {document: t.id, symbol: t.symbol, held: coalesce(t.held, true)}] AS citations
ORDER BY coalesce(p.position, p.number, 1000000), p.id
