-- tally-pg.sql: the roster's counts on a server database, run after schema-pg.sql for a new
-- database and by the upgrade to schema 11 (src/store/mt-store-schema.c) after it drops
-- the older table, functions and triggers.
--
-- Copyright 2026 The MINUSMA Tracker authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- The roster's counts per camp, category, departure day ('' = not departed) and planned
-- departure ('' = none planned), kept exact by the triggers below as SQLite's are
-- (src/store/mt-store-tally.c).
CREATE TABLE personnel_tally (
  camp_id BIGINT NOT NULL,
  category TEXT COLLATE "C" NOT NULL,
  departure_date TEXT COLLATE "C" NOT NULL,
  planned_departure TEXT COLLATE "C" NOT NULL,
  n BIGINT NOT NULL CHECK (n > 0),
  PRIMARY KEY (camp_id, category, departure_date, planned_departure));

-- Applies counts moved, per key (the arrays side by side): a key reaching 0 goes (no row
-- holds n = 0), the others are added to, new keys made. In three steps, each seeing the
-- one before: a negative count may not even be proposed (CHECK (n > 0)).
CREATE FUNCTION personnel_tally_apply (camps BIGINT[], categories TEXT[], days TEXT[],
                                       planned TEXT[], deltas BIGINT[])
  RETURNS void LANGUAGE sql AS $$
  DELETE FROM personnel_tally t
    USING unnest (camps, categories, days, planned, deltas)
          AS d (camp_id, category, departure_date, planned_departure, delta)
    WHERE t.camp_id = d.camp_id AND t.category = d.category
      AND t.departure_date = d.departure_date AND t.planned_departure = d.planned_departure
      AND t.n + d.delta = 0;
  UPDATE personnel_tally t SET n = t.n + d.delta
    FROM unnest (camps, categories, days, planned, deltas)
         AS d (camp_id, category, departure_date, planned_departure, delta)
    WHERE t.camp_id = d.camp_id AND t.category = d.category
      AND t.departure_date = d.departure_date AND t.planned_departure = d.planned_departure
      AND d.delta <> 0;
  INSERT INTO personnel_tally (camp_id, category, departure_date, planned_departure, n)
    SELECT d.camp_id, d.category, d.departure_date, d.planned_departure, d.delta
    FROM unnest (camps, categories, days, planned, deltas)
         AS d (camp_id, category, departure_date, planned_departure, delta)
    WHERE d.delta > 0 AND NOT EXISTS (SELECT 1 FROM personnel_tally t
                                      WHERE t.camp_id = d.camp_id AND t.category = d.category
                                        AND t.departure_date = d.departure_date
                                        AND t.planned_departure = d.planned_departure);
$$;

-- Once per statement, over the rows it wrote (transition tables): an import's COPY of a
-- thousand people is one grouped count, not a thousand calls. A bulk writer counts in
-- memory instead, for its transaction only:
-- SET LOCAL mt.triggers_suspended = 'on' (see _mt_store_drop_schema_objects()).
CREATE FUNCTION personnel_tally_count () RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  c BIGINT[];
  k TEXT[];
  d TEXT[];
  p TEXT[];
  n BIGINT[];
BEGIN
  IF current_setting ('mt.triggers_suspended', true) = 'on' THEN
    RETURN NULL;
  END IF;
  -- Each branch names only the transition tables its statement has.
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg (camp_id), array_agg (category), array_agg (day), array_agg (planned),
           array_agg (moved)
      INTO c, k, d, p, n
      FROM (SELECT camp_id, category, COALESCE (departure_date, '') AS day,
                   COALESCE (planned_departure, '') AS planned, COUNT (*) AS moved
            FROM new_rows GROUP BY 1, 2, 3, 4) AS x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg (camp_id), array_agg (category), array_agg (day), array_agg (planned),
           array_agg (moved)
      INTO c, k, d, p, n
      FROM (SELECT camp_id, category, COALESCE (departure_date, '') AS day,
                   COALESCE (planned_departure, '') AS planned, -COUNT (*) AS moved
            FROM old_rows GROUP BY 1, 2, 3, 4) AS x;
  ELSE
    SELECT array_agg (camp_id), array_agg (category), array_agg (day), array_agg (planned),
           array_agg (moved)
      INTO c, k, d, p, n
      FROM (SELECT camp_id, category, day, planned, SUM (one) AS moved
            FROM (SELECT camp_id, category, COALESCE (departure_date, '') AS day,
                         COALESCE (planned_departure, '') AS planned, 1 AS one
                  FROM new_rows
                  UNION ALL
                  SELECT camp_id, category, COALESCE (departure_date, ''),
                         COALESCE (planned_departure, ''), -1 FROM old_rows) AS r
            GROUP BY 1, 2, 3, 4) AS x;
  END IF;
  IF c IS NOT NULL THEN
    PERFORM personnel_tally_apply (c, k, d, p, n);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER personnel_tally_insert AFTER INSERT ON personnel
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION personnel_tally_count ();
CREATE TRIGGER personnel_tally_delete AFTER DELETE ON personnel
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION personnel_tally_count ();
CREATE TRIGGER personnel_tally_update AFTER UPDATE ON personnel
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION personnel_tally_count ();

-- Counted from the roster as it stands (nothing for a new database).
INSERT INTO personnel_tally (camp_id, category, departure_date, planned_departure, n)
  SELECT camp_id, category, COALESCE (departure_date, ''), COALESCE (planned_departure, ''),
         COUNT (*)
  FROM personnel GROUP BY 1, 2, 3, 4;
