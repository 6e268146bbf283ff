/**
 * Ten years (2016–2025) of figures for every assignment of some provinces, in one
 * set-based statement: the lead agency reports the year and the four quarters, each
 * coordinating agency its quarters, both as an estimate (ước tính) and, except for some
 * of 2025, an official figure (chính thức). Values follow each indicator's goal with a
 * trend and noise; statuses are mostly APPROVED, with submitted, returned and draft
 * figures growing towards the latest periods. Figures up to 2019 are the previous
 * term's history, imported as approved (no workflow users or times).
 *
 * Pseudo-random numbers come from hashtext() of stable keys (province, indicator and
 * agency codes, period), so every run produces the same values and statuses.
 */

/** $1: the ids of the provinces to fill. */
export const INSERT_MEASUREMENTS = `
-- One row per assignment, computed once (not once per generated figure).
WITH s AS MATERIALIZED (
  SELECT a.indicator_id, a.agency_id, a.role = 'LEAD' AS lead,
    i.kind::text AS kind, i.unit_kind::text AS unit_kind, i.comparator::text AS comparator,
    coalesce((i.target_min + i.target_max) / 2, i.target_min, i.target_max)::float8 AS goal,
    p.code || '/' || i.code || '/' || ag.code AS key,
    ((hashtext(p.code || '/' || i.code || '/' || ag.code) & 2147483647) % 1000) / 1000.0 AS share,
    ag.short_name,
    (SELECT u.id FROM app_user u WHERE u.agency_id = a.agency_id AND u.role = 'AGENCY_HEAD' ORDER BY u.email LIMIT 1) AS head_id,
    (SELECT u.id FROM app_user u WHERE u.agency_id = a.agency_id AND u.role = 'REPORTER' ORDER BY u.email LIMIT 1) AS reporter_id
  FROM assignment a
  JOIN indicator i ON i.id = a.indicator_id
  JOIN target t ON t.id = i.target_id
  JOIN congress c ON c.id = t.congress_id
  JOIN province p ON p.id = c.province_id
  JOIN agency ag ON ag.id = a.agency_id
  WHERE p.id = ANY($1::uuid[]) AND a.ends_on IS NULL
)
INSERT INTO measurement (indicator_id, agency_id, year, period, value, value_kind, source, status, version,
  created_by_id, submitted_by_id, submitted_at, reviewed_by_id, reviewed_at, review_note, created_at, updated_at)
SELECT indicator_id, agency_id, year, period::period_type, value, value_kind::value_kind, source,
  status::measurement_status,
  CASE WHEN imported OR status = 'DRAFT' THEN 1 WHEN status = 'SUBMITTED' THEN 2 ELSE 3 END,
  CASE WHEN imported THEN NULL ELSE reporter_id END,
  CASE WHEN imported OR status = 'DRAFT' THEN NULL ELSE reporter_id END,
  CASE WHEN imported OR status = 'DRAFT' THEN NULL ELSE reported_at END,
  CASE WHEN NOT imported AND status IN ('APPROVED', 'RETURNED') THEN head_id END,
  CASE WHEN NOT imported AND status IN ('APPROVED', 'RETURNED') THEN reviewed_at END,
  CASE WHEN status = 'RETURNED' THEN 'Đề nghị rà soát, đối chiếu lại với số liệu thống kê của ngành.' END,
  CASE WHEN imported THEN TIMESTAMPTZ '2020-10-15 09:00+07' ELSE reported_at - INTERVAL '2 days' END,
  CASE WHEN imported THEN TIMESTAMPTZ '2020-10-15 09:00+07'
       WHEN status IN ('APPROVED', 'RETURNED') THEN reviewed_at
       WHEN status = 'SUBMITTED' THEN reported_at
       ELSE reported_at - INTERVAL '2 days' END
FROM (
  SELECT f.*,
    year <= 2019 AS imported,
    CASE
      WHEN year <= 2019 THEN 'APPROVED'
      WHEN year <= 2023 THEN CASE WHEN r < 985 THEN 'APPROVED' WHEN r < 992 THEN 'SUBMITTED' WHEN r < 996 THEN 'RETURNED' ELSE 'DRAFT' END
      WHEN year = 2024 THEN CASE WHEN r < 920 THEN 'APPROVED' WHEN r < 965 THEN 'SUBMITTED' WHEN r < 980 THEN 'RETURNED' ELSE 'DRAFT' END
      ELSE CASE WHEN r < 600 THEN 'APPROVED' WHEN r < 820 THEN 'SUBMITTED' WHEN r < 900 THEN 'RETURNED' ELSE 'DRAFT' END
    END AS status,
    CASE unit_kind
      WHEN 'PERCENT' THEN round(least(100, greatest(0, raw))::numeric, 2)
      WHEN 'COUNT' THEN round(greatest(0, raw)::numeric)
      WHEN 'AMOUNT' THEN round(greatest(0, raw)::numeric, 2)
      ELSE round(least(1000, greatest(-100, raw))::numeric, 2)
    END AS value,
    CASE WHEN imported_source THEN 'Số liệu lịch sử, nhập từ báo cáo năm ' || year
         ELSE 'Báo cáo ' || CASE WHEN period = 'YEAR' THEN 'năm ' ELSE 'quý ' || substr(period, 2) || '/' END
              || year || ' của ' || short_name END AS source,
    (period_end + INTERVAL '9 hours'
      + (CASE WHEN value_kind = 'ESTIMATE' THEN -(3 + u3 * 12) ELSE 15 + u3 * 60 END) * INTERVAL '1 day')
      AT TIME ZONE 'Asia/Ho_Chi_Minh' AS reported_at,
    ((period_end + INTERVAL '9 hours'
      + (CASE WHEN value_kind = 'ESTIMATE' THEN -(3 + u3 * 12) ELSE 15 + u3 * 60 END + 1 + u2 * 13) * INTERVAL '1 day')
      AT TIME ZONE 'Asia/Ho_Chi_Minh') AS reviewed_at
  FROM (
    SELECT g.*,
      year <= 2019 AS imported_source,
      (make_date(year, CASE period WHEN 'Q1' THEN 3 WHEN 'Q2' THEN 6 WHEN 'Q3' THEN 9 ELSE 12 END, 1)
        + INTERVAL '1 month' - INTERVAL '1 day')::timestamp AS period_end,
      (CASE
        WHEN kind = 'END_OF_TERM_LEVEL' THEN
          goal * (CASE WHEN comparator IN ('AT_MOST', 'LESS_THAN') THEN 2.2 - 1.3 * t ELSE 0.72 + 0.3 * t END)
               * (1 + (u1 - 0.5) * 0.1)
        WHEN kind = 'AVERAGE_ANNUAL_RATE' THEN
          goal * (0.8 + 0.4 * u2) * (CASE year WHEN 2020 THEN 0.45 WHEN 2021 THEN 0.8 ELSE 1 END)
               + (u1 - 0.5) * (CASE WHEN quarterly THEN 2 ELSE 0.5 END)
        WHEN kind = 'EVERY_YEAR' THEN
          CASE unit_kind
            WHEN 'CHANGE_RATE' THEN goal * (0.5 + u2)
            WHEN 'PERCENT' THEN goal * (0.96 + 0.07 * u2)
            ELSE goal * (0.8 + 0.4 * u2) / (CASE WHEN quarterly THEN 4 ELSE 1 END)
          END
        ELSE goal / 5 * (0.8 + 0.45 * u2) / (CASE WHEN quarterly THEN 4 ELSE 1 END)
      END)
      -- A coordinating agency reports its own share of a count or a sum.
      * (CASE WHEN NOT lead AND (unit_kind = 'COUNT' OR (unit_kind = 'AMOUNT' AND kind IN ('EVERY_YEAR', 'TERM_TOTAL')))
              THEN 0.05 + 0.25 * share ELSE 1 END)
      -- An estimate differs from the official figure by up to 2%.
      * (CASE WHEN value_kind = 'ESTIMATE' THEN 1 + (u3 - 0.5) * 0.04 ELSE 1 END) AS raw
    FROM (
      SELECT s.*, y AS year, per AS period, vk AS value_kind, per <> 'YEAR' AS quarterly,
        (y - 2017 + CASE per WHEN 'Q1' THEN 0.25 WHEN 'Q2' THEN 0.5 WHEN 'Q3' THEN 0.75 ELSE 1 END) / 9.0 AS t,
        ((hashtext(s.key || y || per) & 2147483647) % 9973) / 9973.0 AS u1,
        (((hashtext(s.key || y || per) & 2147483647) / 9973) % 9973) / 9973.0 AS u2,
        ((hashtext(s.key || y || per || vk) & 2147483647) % 9973) / 9973.0 AS u3,
        (((hashtext(s.key || y || per || vk) & 2147483647) / 9973) % 1000) AS r,
        ((hashtext(s.key || y || per || vk) & 2147483647) % 10) AS skip
      FROM s
      CROSS JOIN generate_series(2016, 2025) AS y
      CROSS JOIN unnest(ARRAY['YEAR', 'Q1', 'Q2', 'Q3', 'Q4']) AS per
      CROSS JOIN unnest(ARRAY['ESTIMATE', 'OFFICIAL']) AS vk
      WHERE s.lead OR per <> 'YEAR'
    ) g
    -- Some official figures of 2025 are not out yet.
    WHERE NOT (year = 2025 AND value_kind = 'OFFICIAL' AND skip < 4)
  ) f
) m`;
