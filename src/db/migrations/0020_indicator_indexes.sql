-- Indexes for the indicator queries (src/db/indicators.repository.ts): every one filters on a
-- room first, then a date. Tables that 0001 left without such an index get one here.
CREATE INDEX IF NOT EXISTS outcomes_room_date ON outcomes (room_id, date);
CREATE INDEX IF NOT EXISTS placements_room_start ON placements (room_id, start_date);
CREATE INDEX IF NOT EXISTS impacts_room_date ON impacts (room_id, date);
CREATE INDEX IF NOT EXISTS stages_room_from ON stages (room_id, from_date);
