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
// The activities to page through: a country's, a body's or a year's (a few hundred, sorted here), else every
// activity, the dated ones read newest first from the index on the start (only as many as the page needs).
// A busy body's are read in the index's order too, when its page is met early among all activities: newest first,
// each checked for the body, until the page is full (at most a quarter as many checks as the body has activities).
CALL () {
  OPTIONAL CALL () { MATCH (m:Mechanism {id: $body}) RETURN m AS b UNION MATCH (o:Organization {id: $body}) RETURN o AS b }
  RETURN CASE WHEN b IS NULL THEN 0 ELSE COUNT { (b)-[:PARTICIPATED_IN]->() } END AS taken
}
WITH $body IS NULL AND $country IS NULL AND $year IS NULL AS everything, taken
WITH everything, $body IS NOT NULL AND $country IS NULL AND $year IS NULL AND $kind IS NULL AND $partner IS NULL
     AND taken >= 1000 AND 4 * ($offset + $limit) * COUNT { (:Activity) } <= taken * taken AS busy, taken
CALL (everything, busy, taken) {
  WITH everything WHERE NOT everything AND NOT busy
  CALL () {
    WITH 1 AS one WHERE $country IS NULL
    MATCH (:Mechanism|Organization {id: $body})-[:PARTICIPATED_IN]->(a:Activity) RETURN a
    UNION
    MATCH (:Country {code: toUpper($country)})<-[:IN_COUNTRY]-(a:Activity) RETURN a
    UNION
    WITH 1 AS one WHERE $body IS NULL AND $country IS NULL
    MATCH (a:Activity) WHERE a.start STARTS WITH toString($year) RETURN a
    UNION
    WITH 1 AS one WHERE $body IS NULL AND $country IS NULL AND $undated
    MATCH (a:Activity) WHERE a.start IS NULL RETURN a
  }
  WITH a
  WHERE ($kind IS NULL OR a.kind = $kind)
    AND ($status IS NULL OR a.status = $status)
    AND ($year IS NULL OR a.start STARTS WITH toString($year) OR (coalesce($undated, false) AND a.start IS NULL))
    AND ($undated IS NULL OR $undated OR a.start IS NOT NULL)
    AND ($country IS NULL OR EXISTS { (a)-[:IN_COUNTRY]->(:Country {code: toUpper($country)}) })
    AND ($partner IS NULL OR EXISTS { (:Mechanism|Organization {id: $partner})-[:PARTICIPATED_IN]->(a) })
    // a country's activities are fewer than a busy body's: with both, they come from the country
    AND ($body IS NULL OR $country IS NULL OR EXISTS { (:Mechanism|Organization {id: $body})-[:PARTICIPATED_IN]->(a) })
  WITH a ORDER BY a.start IS NULL, a.start DESC, a.id
  WITH collect(a) AS matching
  RETURN matching[$offset..][..$limit] AS page, size(matching) AS total
  UNION
  WITH everything WHERE everything
  CALL () {
    MATCH (a:Activity) WHERE a.start IS NOT NULL AND ($kind IS NULL OR a.kind = $kind) AND ($status IS NULL OR a.status = $status)
    WITH a ORDER BY a.start DESC, a.id LIMIT $offset + $limit
    RETURN collect(a) AS dated
  }
  // The undated ones come after the dated ones: read only when the page reaches them.
  CALL (dated) {
    UNWIND CASE WHEN size(dated) < $offset + $limit AND coalesce($undated, true) THEN [dated] ELSE [] END AS reached
    MATCH (a:Activity) WHERE a.start IS NULL AND ($kind IS NULL OR a.kind = $kind) AND ($status IS NULL OR a.status = $status)
    WITH a ORDER BY a.id
    RETURN collect(a) AS undated
  }
  // How many: the count store's figure when only the dates could filter them out.
  CALL () {
    WITH 1 AS one WHERE NOT ($kind IS NULL AND $status IS NULL AND coalesce($undated, true))
    MATCH (a:Activity) WHERE (coalesce($undated, true) OR a.start IS NOT NULL)
      AND ($kind IS NULL OR a.kind = $kind) AND ($status IS NULL OR a.status = $status)
    RETURN count(a) AS counted
  }
  RETURN (dated + undated)[$offset..][..$limit] AS page,
         CASE WHEN $kind IS NULL AND $status IS NULL AND coalesce($undated, true) THEN COUNT { MATCH (:Activity) } ELSE counted END AS total
  UNION
  WITH busy, taken WHERE busy
  CALL () { MATCH (m:Mechanism {id: $body}) RETURN m AS b UNION MATCH (o:Organization {id: $body}) RETURN o AS b }
  CALL (b) {
    MATCH (a:Activity) WHERE a.start IS NOT NULL AND ($status IS NULL OR a.status = $status)
      AND EXISTS { (b)-[:PARTICIPATED_IN]->(a) }
    WITH a ORDER BY a.start DESC, a.id LIMIT $offset + $limit
    RETURN collect(a) AS dated
  }
  CALL (b, dated) {
    UNWIND CASE WHEN size(dated) < $offset + $limit AND coalesce($undated, true) THEN [dated] ELSE [] END AS reached
    MATCH (b)-[:PARTICIPATED_IN]->(a:Activity) WHERE a.start IS NULL AND ($status IS NULL OR a.status = $status)
    WITH a ORDER BY a.id
    RETURN collect(a) AS undated
  }
  // How many: every activity of the body (the count of its links) when only the dates could filter them out.
  CALL (b) {
    WITH 1 AS one WHERE NOT ($status IS NULL AND coalesce($undated, true))
    MATCH (b)-[:PARTICIPATED_IN]->(a:Activity) WHERE (coalesce($undated, true) OR a.start IS NOT NULL)
      AND ($status IS NULL OR a.status = $status)
    RETURN count(a) AS counted
  }
  RETURN (dated + undated)[$offset..][..$limit] AS page,
         CASE WHEN $status IS NULL AND coalesce($undated, true) THEN taken ELSE counted END AS total
}
UNWIND page AS a
OPTIONAL MATCH (a)-[:IN_COUNTRY]->(c:Country)
CALL (a) {
  MATCH (m)-[:PARTICIPATED_IN]->(a)
  WITH m ORDER BY m.id RETURN collect(m.id) AS participants
}
RETURN a.id AS activity, a.kind AS kind, a.title AS title, c.code AS country, a.start AS start, a.status AS status,
       participants, total
