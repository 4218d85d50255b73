-- "Still participating" (indicators: newcomers, referred residents) asks per person whether they
-- came in the scope's rooms and dates. With an index on person_id alone, PostgreSQL walked all of
-- a regular's visits to find one in the dates (bench/explain-1m: ~150 ms of the all-rooms table at
-- 1,000,000 visits). On (person_id, date) it starts at the scope's first day. Every query that used
-- visits_person (a person's first or last visit, the people list) is served by the new one too.
CREATE INDEX visits_person_date ON visits (person_id, date) WHERE person_id IS NOT NULL;
DROP INDEX visits_person;
