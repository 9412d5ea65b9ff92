// name: joint-activities
// description: Joint activities (visits, missions, statements, dialogues...) with their participants, filterable by country, year, kind, body and status;
// description: one page of them (limit, offset), each row with the number of activities matching the filters (total).
// param: country: string = null (ISO 3166 alpha-3 code, e.g. TUN)
// param: year: int = null
// param: undated: bool = null (true: keep the activities without a date, with a year too; false: leave them out; by default kept unless a year is given)
// param: kind: string = null (e.g. joint_visit)
// param: body: body = null (only activities this body took part in)
// param: partner: body = null (with body: only activities both took part in)
// param: status: string = null (held, planned or proposed)
// param: limit: int = 200 (rows of the page)
// param: offset: int = 0 (rows skipped before the page)
// columns: activity, kind, title, country, start, status, participants, total
// From the body when one is given (its few activities), else from every activity.
CALL () {
  MATCH (a:Activity) WHERE $body IS NULL RETURN a
  UNION
  MATCH (:Mechanism|Organization {id: $body})-[:PARTICIPATED_IN]->(a:Activity) RETURN a
}
WITH a
WHERE ($kind IS NULL OR a.kind = $kind)
  AND ($status IS NULL OR a.status = $status)
  AND ($year IS NULL OR a.start STARTS WITH toString($year) OR (coalesce($undated, false) AND a.start IS NULL))
  AND ($undated IS NULL OR $undated OR a.start IS NOT NULL)
  AND ($country IS NULL OR EXISTS { (a)-[:IN_COUNTRY]->(:Country {code: toUpper($country)}) })
  AND ($partner IS NULL OR EXISTS { (:Mechanism|Organization {id: $partner})-[:PARTICIPATED_IN]->(a) })
WITH a ORDER BY a.start IS NULL, a.start DESC, a.id
WITH collect(a) AS matching
UNWIND matching[$offset..][..$limit] AS a
OPTIONAL MATCH (a)-[:IN_COUNTRY]->(c:Country)
CALL (a) {
  MATCH (m)-[:PARTICIPATED_IN]->(a)
  WITH m ORDER BY m.id RETURN collect(m.id) AS participants
}
RETURN a.id AS activity, a.kind AS kind, a.title AS title, c.code AS country, a.start AS start, a.status AS status,
       participants, size(matching) AS total
