// name: activity-partners
// description: The partners of one body in joint activities, and how often they worked together.
// param: body: body
// param: status: string = null (held, planned or proposed)
// columns: partner, partner_name, activities, kinds, first, last
MATCH (b:Mechanism|Organization {id: $body})-[:PARTICIPATED_IN]->(a:Activity)<-[:PARTICIPATED_IN]-(p)
WHERE p <> b AND ($status IS NULL OR a.status = $status)
WITH p, a ORDER BY a.kind
WITH p, count(DISTINCT a) AS activities, collect(DISTINCT a.kind) AS kinds, min(a.start) AS first, max(a.start) AS last
RETURN p.id AS partner, p.name AS partner_name, activities, kinds, first, last
ORDER BY activities DESC, partner
