// name: briefing
// description: A briefing for a meeting: for each attending body, its open workplan actions (the first hundred, with their number; each with its text and the document, locator and quote that state it), its recent joint activities (dated ones first, most recent first), the references between it and the other attendees, and its focal points (the gaps among all items are in briefing-gaps).
// param: bodies: bodies (the attending bodies, comma-separated, any spelling)
// param: activities: int = 5 (how many recent activities per body)
// param: actions: int = 100 (how many open actions per body; open_actions counts them all)
// columns: body, name, open_items, recent_activities, references_to_attendees, referenced_by_attendees, focal_points, open_actions
// The attendees, whose references to one another are read between each two (a busy body makes thousands).
MATCH (attendee:Mechanism|Organization) WHERE attendee.id IN $bodies
WITH collect(attendee) AS attendees
UNWIND range(0, size($bodies) - 1) AS position
MATCH (m:Mechanism|Organization {id: $bodies[position]})
// Actions only: an item without a status records what a meeting found or a section's heading,
// not something to do; a done one is no longer open. Items the body shares only as one of a class
// ("all RHRMs") are the meeting's gaps (briefing-gaps), not its own. The first $actions, lead ones first
// (a busy body has a thousand), and how many there are.
CALL (m) {
  MATCH (m)-[r:RESPONSIBLE_FOR]->(i:WorkplanItem)-[:PART_OF]->(w:Workplan)
  WHERE i.status IS NOT NULL AND i.status <> 'done' AND r.role <> 'collective'
  WITH r, i, w ORDER BY CASE r.role WHEN 'lead' THEN 0 WHEN 'named' THEN 1 ELSE 2 END, w.id, i.id
  WITH collect({role: r.role, item: i, workplan: w.id}) AS open
  RETURN open[..$actions] AS first_open, size(open) AS open_actions
}
RETURN m.id AS body, m.name AS name,
  // Each action is stated by its text, never its title (a section heading for some), with the quote that
  // proves it (the "Implementation:" line last).
  COLLECT { UNWIND range(0, size(first_open) - 1) AS k
            WITH k, first_open[k].role AS role, first_open[k].item AS i, first_open[k].workplan AS workplan
            WITH k, role, i, workplan, head(COLLECT { MATCH (i)-[:EVIDENCED_BY]->(e:Evidence)
                                                  WITH e ORDER BY e.quote STARTS WITH 'Implementation', e.locator, e.quote
                                                  MATCH (e)-[:FROM]->(d:Document)
                                                  RETURN {document: d.id, symbol: d.symbol, language: d.lang,
                                                          locator: e.locator, quote: e.quote} LIMIT 1 }) AS source
            RETURN {item: i.id, code: i.code, workplan: workplan, term: i.term, status: i.status, role: role,
                    document: source.document, symbol: source.symbol, language: source.language,
                    locator: source.locator, quote: source.quote, text: i.text}
            ORDER BY k } AS open_items,
  // The most recent first, then the quote of each of those only (a busy body took part in thousands). A body
  // takes part only in activities: the label need not be read.
  COLLECT { MATCH (m)-[:PARTICIPATED_IN]->(a)
            WITH a, a.start AS start ORDER BY start IS NULL, start DESC, a.id LIMIT $activities
            WITH a, head(COLLECT { MATCH (a)-[:EVIDENCED_BY]->(e:Evidence)
                                   WITH e ORDER BY e.locator, e.quote
                                   MATCH (e)-[:FROM]->(d:Document)
                                   RETURN {symbol: d.symbol, language: d.lang, locator: e.locator} LIMIT 1 }) AS source
            RETURN {activity: a.id, kind: a.kind, title: a.title, start: a.start, status: a.status,
                    symbol: source.symbol, language: source.language, locator: source.locator}
            ORDER BY a.start IS NULL, a.start DESC, a.id LIMIT $activities } AS recent_activities,
  COLLECT { UNWIND attendees AS o
            MATCH (m)-[r:REFERENCES]->(o)
            OPTIONAL MATCH (f:Reference {id: r.reference})
            // Its quotes in order, then the documents of the first ones only (a reference between busy bodies has hundreds).
            WITH o, r, head(COLLECT { MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)
                                      WITH e ORDER BY e.locator, e.quote
                                      MATCH (e)-[:FROM]->(d:Document)
                                      RETURN {symbol: d.symbol, language: d.lang, locator: e.locator} LIMIT 1 }) AS source
            RETURN {body: o.id, kind: r.kind, status: r.status, reference: r.reference,
                    symbol: source.symbol, language: source.language, locator: source.locator}
            ORDER BY o.id, r.kind } AS references_to_attendees,
  COLLECT { UNWIND attendees AS o
            MATCH (o)-[r:REFERENCES]->(m)
            OPTIONAL MATCH (f:Reference {id: r.reference})
            // Its quotes in order, then the documents of the first ones only (a reference between busy bodies has hundreds).
            WITH o, r, head(COLLECT { MATCH (f)-[:EVIDENCED_BY]->(e:Evidence)
                                      WITH e ORDER BY e.locator, e.quote
                                      MATCH (e)-[:FROM]->(d:Document)
                                      RETURN {symbol: d.symbol, language: d.lang, locator: e.locator} LIMIT 1 }) AS source
            RETURN {body: o.id, kind: r.kind, status: r.status, reference: r.reference,
                    symbol: source.symbol, language: source.language, locator: source.locator}
            ORDER BY o.id, r.kind } AS referenced_by_attendees,
  // Its focal points, and those it holds for another body (NIRMS holds OHCHR's): either way it has one.
  COLLECT { CALL (m) { MATCH (f:FocalPoint)-[:FOCAL_POINT_OF]->(m) RETURN f
                       UNION MATCH (f:FocalPoint {held_by: m.id}) RETURN f }
            RETURN {focal_point: f.id, title: f.title, held_for: CASE WHEN (f)-[:FOCAL_POINT_OF]->(m) THEN null
                    ELSE COLLECT { MATCH (f)-[:FOCAL_POINT_OF]->(o) RETURN o.id }[0] END}
            ORDER BY f.id } AS focal_points,
  open_actions
ORDER BY position
