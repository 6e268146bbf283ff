/**
 * The ceiling: the best single SQL statement for each benchmark answer, shaped like
 * our GraphQL response, built as JSON text by PostgreSQL itself.
 */

/** (a) One congress's 20 targets, their indicators, lead agency, last 5 approved official yearly figures. $1: congress id. */
export const TARGETS_SQL = `
SELECT json_build_object('data', json_build_object('allTargets', coalesce(json_agg(t ORDER BY t.number), '[]')))::text AS body
FROM (
  SELECT t.number, t.title,
    (SELECT coalesce(json_agg(i ORDER BY i.position, i.code), '[]') FROM (
      SELECT i.position, i.code, i.name, i.unit, i.comparator,
        i.target_min::text AS "targetMin", i.target_max::text AS "targetMax",
        (SELECT json_build_object('shortName', ag.short_name)
           FROM assignment a JOIN agency ag ON ag.id = a.agency_id
          WHERE a.indicator_id = i.id AND a.role = 'LEAD' AND a.ends_on IS NULL) AS "leadAgency",
        (SELECT coalesce(json_agg(m ORDER BY m.year DESC), '[]') FROM (
           SELECT m.year, m.value::text AS value, m.value_kind AS "valueKind"
             FROM measurement m
            WHERE m.indicator_id = i.id AND m.status = 'APPROVED' AND m.period = 'YEAR' AND m.value_kind = 'OFFICIAL'
            ORDER BY m.year DESC LIMIT 5) m) AS measurements
      FROM indicator i WHERE i.target_id = t.id) i) AS indicators
  FROM target t WHERE t.congress_id = $1
  ORDER BY t.number LIMIT 20
) t`;

/** (b) One agency's approval queue: its 20 latest SUBMITTED figures. $1: agency id. */
export const QUEUE_SQL = `
SELECT json_build_object('data', json_build_object('allMeasurements', coalesce(json_agg(q ORDER BY q.n), '[]')))::text AS body
FROM (
  SELECT row_number() OVER (ORDER BY m.submitted_at DESC, m.id) AS n,
    m.id, m.year, m.period, m.value::text AS value, m.value_kind AS "valueKind",
    to_char(m.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "submittedAt",
    json_build_object('code', i.code, 'target', json_build_object('number', t.number)) AS indicator
  FROM measurement m
  JOIN indicator i ON i.id = m.indicator_id
  JOIN target t ON t.id = i.target_id
  WHERE m.agency_id = $1 AND m.status = 'SUBMITTED'
  ORDER BY m.submitted_at DESC, m.id
  LIMIT 20
) q`;
