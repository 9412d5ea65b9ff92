// name: mechanism-profile
// description: Everything about one body in one row: names in three languages, parent, focal points, references in and out, joint activities, workplan items, the documents that give its evidence, and the ingested documents whose paragraphs name it; each list its first entries (a busy body has thousands), counts the number of each.
// param: body: body
// param: limit: int = 100 (the most entries of each list)
// columns: id, name, name_fr, name_zh, acronyms, aliases, system, kind, region, parents, focal_points, references_out, references_in, activities, workplan_items, documents, mentioned_in, counts
MATCH (m:Mechanism|Organization {id: $body})
RETURN m.id AS id, m.name AS name, m.name_fr AS name_fr, m.name_zh AS name_zh,
  coalesce(m.acronyms, []) AS acronyms,
  coalesce(m.aliases, []) + coalesce(m.aliases_fr, []) + coalesce(m.aliases_zh, []) AS aliases,
  m.system AS system, m.kind AS kind, m.region AS region,
  COLLECT { MATCH (m)-[:PART_OF]->(p) RETURN p.id ORDER BY p.id } AS parents,
  COLLECT { MATCH (f:FocalPoint)-[:FOCAL_POINT_OF]->(m) RETURN f.id ORDER BY f.id } AS focal_points,
  COLLECT { MATCH (m)-[r:REFERENCES]->(t) RETURN {target: t.id, kind: r.kind, status: r.status} ORDER BY t.id, r.kind LIMIT $limit } AS references_out,
  COLLECT { MATCH (s)-[r:REFERENCES]->(m) RETURN {source: s.id, kind: r.kind, status: r.status} ORDER BY s.id, r.kind LIMIT $limit } AS references_in,
  COLLECT { MATCH (m)-[p:PARTICIPATED_IN]->(a:Activity) RETURN {activity: a.id, kind: a.kind, start: a.start, status: a.status, role: p.role} ORDER BY a.start DESC, a.id LIMIT $limit } AS activities,
  COLLECT { MATCH (m)-[r:RESPONSIBLE_FOR]->(i:WorkplanItem) RETURN {item: i.id, code: i.code, role: r.role} ORDER BY i.id LIMIT $limit } AS workplan_items,
  COLLECT { MATCH (m)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(d:Document) WITH d, count(*) AS mentions RETURN {document: d.id, mentions: mentions} ORDER BY mentions DESC, d.id LIMIT $limit } AS documents,
  COLLECT { MATCH (p:Paragraph)-[:MENTIONS]->(m) WITH p.document AS document, count(*) AS paragraphs RETURN {document: document, paragraphs: paragraphs} ORDER BY paragraphs DESC, document LIMIT $limit } AS mentioned_in,
  // The number of entries of each list. A body takes part only in activities and is responsible only for items:
  // those counts are its numbers of relationships, which it keeps itself.
  {references_out: COUNT { (m)-[:REFERENCES]->() }, references_in: COUNT { ()-[:REFERENCES]->(m) },
   activities: COUNT { (m)-[:PARTICIPATED_IN]->() }, workplan_items: COUNT { (m)-[:RESPONSIBLE_FOR]->() },
   documents: COUNT { MATCH (m)-[:EVIDENCED_BY]->(:Evidence)-[:FROM]->(d:Document) RETURN DISTINCT d },
   mentioned_in: COUNT { MATCH (p:Paragraph)-[:MENTIONS]->(m) RETURN DISTINCT p.document }} AS counts
