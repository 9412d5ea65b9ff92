// name: activity-facets
// description: The joint activities matching the filters summed up in one row: how many, how many undated, their
// description: years (newest first) and their countries with how many activities each (most first).
// param: kind: string = null (e.g. joint_visit)
// param: body: body = null (only activities this body took part in)
// param: status: string = null (held, planned or proposed)
// param: country: string = null (ISO 3166 alpha-3 code, e.g. TUN)
// param: year: int = null
// param: undated: bool = null (true: keep the activities without a date, with a year too; false: leave them out; by default kept unless a year is given)
// columns: activities, undated, years, countries
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
WITH count(a) AS activities, count(CASE WHEN a.start IS NULL THEN 1 END) AS undated,
     collect(DISTINCT toInteger(left(a.start, 4))) AS years
// The countries counted from their own side when no body is given: a country's links of one type are read
// at once, an activity's only among all its others (participants, evidence).
WITH activities, undated, years, COLLECT {
  MATCH (c:Country)<-[:IN_COUNTRY]-(a:Activity)
  WHERE $body IS NULL
    AND ($kind IS NULL OR a.kind = $kind)
    AND ($status IS NULL OR a.status = $status)
    AND ($year IS NULL OR a.start STARTS WITH toString($year) OR (coalesce($undated, false) AND a.start IS NULL))
    AND ($undated IS NULL OR $undated OR a.start IS NOT NULL)
    AND ($country IS NULL OR EXISTS { (a)-[:IN_COUNTRY]->(:Country {code: toUpper($country)}) })
  RETURN c.code AS place
  UNION ALL
  MATCH (:Mechanism|Organization {id: $body})-[:PARTICIPATED_IN]->(a:Activity)-[:IN_COUNTRY]->(c:Country)
  WHERE ($kind IS NULL OR a.kind = $kind)
    AND ($status IS NULL OR a.status = $status)
    AND ($year IS NULL OR a.start STARTS WITH toString($year) OR (coalesce($undated, false) AND a.start IS NULL))
    AND ($undated IS NULL OR $undated OR a.start IS NOT NULL)
    AND ($country IS NULL OR EXISTS { (a)-[:IN_COUNTRY]->(:Country {code: toUpper($country)}) })
  RETURN c.code AS place
} AS places
RETURN activities, undated,
       COLLECT { UNWIND years AS dated WITH dated WHERE dated IS NOT NULL RETURN dated ORDER BY dated DESC } AS years,
       COLLECT {
         UNWIND places AS place WITH place, count(*) AS held ORDER BY held DESC, place
         RETURN {country: place, activities: held}
       } AS countries
