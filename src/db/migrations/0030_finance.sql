-- Finance (issue 6): what the core schema lacks for budgets, contributions and spending.

-- Hours per week of a people line (A1 "gem. 18 uur/week"). A negative amount is only accepted as a
-- correction by the screens; imported lines are not constrained here (the importer owns its rules).
ALTER TABLE budget_lines ADD COLUMN hours_per_week numeric(5,2) CHECK (hours_per_week IS NULL OR hours_per_week >= 0);
ALTER TABLE budget_lines ADD COLUMN correction boolean NOT NULL DEFAULT false;

-- The status flow requested → granted → received, with the day of each step.
ALTER TABLE contributions ADD COLUMN requested_on date;
ALTER TABLE contributions ADD COLUMN granted_on date;
ALTER TABLE contributions ADD COLUMN received_on date;
ALTER TABLE contributions ADD COLUMN note text;

-- Actual spending per budget code, entered or imported from the bookkeeping.
CREATE TABLE finance_actuals (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-E][0-9]+$'),
  amount numeric(12,2) NOT NULL,
  description text,
  correction boolean NOT NULL DEFAULT false,
  source_key text UNIQUE,
  created_by bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (amount >= 0 OR correction)
);
CREATE INDEX finance_actuals_room_date ON finance_actuals (room_id, date);

-- The petty cash book (handgeld) of a room: at most € 250 a month (warned, not refused).
CREATE TABLE petty_cash_entries (
  id bigserial PRIMARY KEY,
  room_id text NOT NULL REFERENCES rooms(id),
  date date NOT NULL,
  amount numeric(10,2) NOT NULL,
  category text NOT NULL CHECK (category IN ('coffee_tea','catering','travel','cleaning','office','materials','other')),
  description text,
  receipt boolean NOT NULL DEFAULT false,
  correction boolean NOT NULL DEFAULT false,
  created_by bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (amount >= 0 OR correction)
);
CREATE INDEX petty_cash_entries_room_date ON petty_cash_entries (room_id, date);
