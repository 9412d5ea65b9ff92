// name: briefing
// description: A briefing for a meeting: for each attending body, its open workplan items, its recent joint activities, and the references between it and the other attendees (the gaps are in items-without-named-owner).
// param: bodies: bodies (the attending bodies, comma-separated, any spelling)
// param: activities: int = 5 (how many recent activities per body)
// columns: body, name, open_items, recent_activities, references_to_attendees, referenced_by_attendees
UNWIND range(0, size($bodies) - 1) AS position
MATCH (m:Mechanism|Organization {id: $bodies[position]})
RETURN m.id AS body, m.name AS name,
  COLLECT { MATCH (m)-[r:RESPONSIBLE_FOR]->(i:WorkplanItem)
            WHERE i.status IS NULL OR NOT i.status IN ['done']
            RETURN {item: i.id, code: i.code, term: i.term, role: r.role, title: coalesce(i.title, left(i.text, 120))}
            ORDER BY i.id } AS open_items,
  COLLECT { MATCH (m)-[:PARTICIPATED_IN]->(a:Activity)
            RETURN {activity: a.id, kind: a.kind, title: a.title, start: a.start, status: a.status}
            ORDER BY a.start DESC, a.id LIMIT $activities } AS recent_activities,
  COLLECT { MATCH (m)-[r:REFERENCES]->(o) WHERE o.id IN $bodies
            RETURN {body: o.id, kind: r.kind, status: r.status} ORDER BY o.id, r.kind } AS references_to_attendees,
  COLLECT { MATCH (o)-[r:REFERENCES]->(m) WHERE o.id IN $bodies
            RETURN {body: o.id, kind: r.kind, status: r.status} ORDER BY o.id, r.kind } AS referenced_by_attendees
ORDER BY position
