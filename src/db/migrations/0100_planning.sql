-- Planning (issue 11): the CBS neighbourhood scan, buurt centres and shapes, business-case
-- scenarios, multi-year plans and the learning plan per room and year.

CREATE TABLE planning_scan_areas (
  year          integer NOT NULL,
  code          text NOT NULL,
  name          text NOT NULL,
  kind          text NOT NULL CHECK (kind IN ('buurt', 'wijk', 'gemeente')),
  municipality  text NOT NULL,
  inhabitants   numeric,
  age65plus     numeric,
  bijstand      numeric,
  ww            numeric,
  ao            numeric,
  aow           numeric,
  edu_low       numeric,
  edu_middle    numeric,
  edu_high      numeric,
  imported_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (year, code)
);
CREATE INDEX planning_scan_areas_municipality ON planning_scan_areas (year, municipality);

-- Centres and shapes change rarely and are matched by code to any year's table.
CREATE TABLE planning_centres (
  code  text PRIMARY KEY,
  lat   double precision NOT NULL,
  lon   double precision NOT NULL
);

CREATE TABLE planning_shapes (
  code      text PRIMARY KEY,
  geometry  jsonb NOT NULL
);

CREATE TABLE planning_scenarios (
  name        text PRIMARY KEY,
  data        jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE planning_multi_year (
  name        text PRIMARY KEY,
  data        jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE planning_learning (
  room_id          text NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
  year             integer NOT NULL,
  learned          text NOT NULL DEFAULT '',
  results          text NOT NULL DEFAULT '',
  goals            text NOT NULL DEFAULT '',
  trainings        text NOT NULL DEFAULT '',
  partner_meeting  text NOT NULL DEFAULT '',
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (room_id, year)
);
