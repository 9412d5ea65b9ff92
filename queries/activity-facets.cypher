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
WITH $body IS NULL AND $kind IS NULL AND $year IS NULL AND $country IS NULL AS whole
CALL (whole) {
  // No body and no filter but status or undated (the Activities page's first view, or its held ones): the activities
  // counted from the label's count or from the index of their status, the dated ones and their years from the index
  // of their start (or from the activities of the status), and each country's activities.
  WITH whole WHERE whole
  CALL (whole) {
    // each branch counts in a CALL of its own: an aggregation over no rows still gives one
    WITH whole WHERE $status IS NULL
    CALL () {
      OPTIONAL MATCH (a:Activity) WHERE a.start IS NOT NULL
      RETURN count(a) AS dated, collect(DISTINCT toInteger(left(a.start, 4))) AS years
    }
    RETURN dated, years, COUNT { (:Activity) } AS every
    UNION ALL
    WITH whole WHERE $status IS NOT NULL
    CALL () {
      OPTIONAL MATCH (a:Activity) WHERE a.status = $status
      RETURN count(a.start) AS dated, collect(DISTINCT toInteger(left(a.start, 4))) AS years, count(a) AS every
    }
    RETURN dated, years, every
  }
  WITH dated, years, CASE WHEN $undated = false THEN 0 ELSE every - dated END AS undated
  RETURN dated + undated AS activities, undated, years, COLLECT {
    CALL () {
      WITH $status AS status WHERE status IS NULL
      MATCH (c:Country)
      RETURN c.code AS place, COUNT { (c)<-[:IN_COUNTRY]-(a:Activity) WHERE $undated IS NULL OR $undated OR a.start IS NOT NULL } AS held
      UNION ALL
      // the activities of the status (from its index) joined with the countries' links: no activity read
      WITH $status AS status WHERE status IS NOT NULL
      MATCH (c:Country)<-[:IN_COUNTRY]-(a:Activity)
      USING JOIN ON a
      WHERE a.status = status AND ($undated IS NULL OR $undated OR a.start IS NOT NULL)
      RETURN c.code AS place, count(*) AS held
    }
    RETURN [place, held]
  } AS places
  UNION ALL
  // Else from the body when one is given (its few activities), or from every activity, read one by one.
  WITH whole WHERE NOT whole
  CALL (whole) {
    CALL (whole) {
      WITH $body AS body WHERE body IS NULL
      MATCH (a:Activity) RETURN a
      UNION ALL
      MATCH (:Mechanism|Organization {id: $body})-[:PARTICIPATED_IN]->(a:Activity) WITH DISTINCT a RETURN a
    }
    WITH a
    WHERE ($kind IS NULL OR a.kind = $kind)
        AND ($status IS NULL OR a.status = $status)
        AND ($year IS NULL OR a.start STARTS WITH toString($year) OR (coalesce($undated, false) AND a.start IS NULL))
        AND ($undated IS NULL OR $undated OR a.start IS NOT NULL)
        AND ($country IS NULL OR EXISTS { (a)-[:IN_COUNTRY]->(:Country {code: toUpper($country)}) })
    RETURN count(a) AS activities, count(CASE WHEN a.start IS NULL THEN 1 END) AS undated,
           collect(DISTINCT toInteger(left(a.start, 4))) AS years
  }
  // The countries counted from their own side when no body is given: a country's links of one type are read
  // at once, an activity's only among all its others (participants, evidence).
  RETURN activities, undated, years, COLLECT {
    CALL (whole) {
      WITH $body AS body WHERE body IS NULL
      MATCH (c:Country)
      RETURN c.code AS place, COUNT { (c)<-[:IN_COUNTRY]-(a:Activity) WHERE ($kind IS NULL OR a.kind = $kind)
        AND ($status IS NULL OR a.status = $status)
        AND ($year IS NULL OR a.start STARTS WITH toString($year) OR (coalesce($undated, false) AND a.start IS NULL))
        AND ($undated IS NULL OR $undated OR a.start IS NOT NULL)
        AND ($country IS NULL OR EXISTS { (a)-[:IN_COUNTRY]->(:Country {code: toUpper($country)}) }) } AS held
      UNION ALL
      MATCH (:Mechanism|Organization {id: $body})-[:PARTICIPATED_IN]->(a:Activity)-[:IN_COUNTRY]->(c:Country)
      WHERE ($kind IS NULL OR a.kind = $kind)
        AND ($status IS NULL OR a.status = $status)
        AND ($year IS NULL OR a.start STARTS WITH toString($year) OR (coalesce($undated, false) AND a.start IS NULL))
        AND ($undated IS NULL OR $undated OR a.start IS NOT NULL)
        AND ($country IS NULL OR EXISTS { (a)-[:IN_COUNTRY]->(:Country {code: toUpper($country)}) })
      RETURN c.code AS place, count(*) AS held
    }
    RETURN [place, held]
  } AS places
}
RETURN activities, undated,
       COLLECT { UNWIND years AS dated WITH dated WHERE dated IS NOT NULL RETURN dated ORDER BY dated DESC } AS years,
       COLLECT {
         UNWIND places AS place WITH place[0] AS place, place[1] AS held WHERE held > 0 ORDER BY held DESC, place
         RETURN {country: place, activities: held}
       } AS countries
