-- Documents for funders and boards (issue 7): coordinators' stories and final reports.
-- The cooperative's name, logo and standard wording live in settings ('documents.cooperative',
-- 'documents.texts').

-- The coordinator's story of a room per year (quarter 0) or quarter.
CREATE TABLE document_stories (
  room_id text NOT NULL REFERENCES rooms(id),
  year integer NOT NULL,
  quarter integer NOT NULL CHECK (quarter BETWEEN 0 AND 4),
  text text NOT NULL,
  updated_by bigint,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (room_id, year, quarter)
);

-- A report sent to funders, frozen: the document model (regenerates byte for byte), its figures
-- (compared with today's to flag later changes) and the sha256 of each format's file.
CREATE TABLE document_finals (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('agreement', 'quarterly', 'annual')),
  rooms text[] NOT NULL,
  year integer NOT NULL,
  quarter integer CHECK (quarter BETWEEN 1 AND 4),
  model jsonb NOT NULL,
  figures jsonb NOT NULL,
  hashes jsonb NOT NULL,
  finalised_at timestamptz NOT NULL,
  finalised_by bigint
);
CREATE INDEX document_finals_year ON document_finals (year);
