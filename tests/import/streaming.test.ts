import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, expect, it } from "vitest";
import { BUNDLE_BATCH_ROWS, type BundleStream, bundleFromCsvTexts } from "../../src/domain/import/bundle";
import { importBundle } from "../../src/domain/import/import-bundle";
import { openBundle, READ_CHUNK_BYTES, readBundle } from "../../src/domain/import/read-bundle";
import { describeEachDatabase } from "../support/databases";

// A bundle on disk whose visits.csv is larger than one batch and than one read chunk, with
// quoted newlines (they move later line numbers), CRLF line ends, semicolons and identical rows
// (their occurrence number is part of their identity).
const dir = mkdtempSync(join(tmpdir(), "buurtboek-streaming-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEOPLE = 300;
const VISITS = 2 * BUNDLE_BATCH_ROWS + 1234;

/** visits.csv text and, for a bad row at data row `badAt`, the editor line it lands on. */
function visitsCsv(room: string, badAt?: number): { text: string; badLine?: number } {
  const lines = ["date;room;activity_type;activity;person;count;first_time"];
  let line = 1;
  let badLine: number | undefined;
  for (let i = 0; i < VISITS; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const date = i === badAt ? "31-02-2024" : `2024-03-${day}`;
    // Every 997th row names its activity over two lines; every 10th row repeats the row before it.
    const activity = i % 997 === 5 ? '"Koffie\nochtend"' : "Koffieochtend";
    const person = i % 10 === 9 ? `p${(i - 1) % PEOPLE}` : `p${i % PEOPLE}`;
    const row = `${date};${room};social;${activity};${person};;${i % 10 === 9 ? "no" : "yes"}`;
    line += 1;
    if (i === badAt) badLine = line;
    lines.push(i % 10 === 9 ? lines[lines.length - 1].replace(/^31-02-2024/, "2024-03-01") : row);
    if (activity.includes("\n")) line += 1;
  }
  return { text: `${lines.join("\r\n")}\r\n`, badLine };
}

function writeBundle(name: string, room: string, badAt?: number) {
  const b = join(dir, name);
  mkdirSync(b, { recursive: true });
  writeFileSync(join(b, "rooms.csv"), `room,name\n${room},Stroomkamer\n`);
  const people = ["person,room,first_name"];
  for (let i = 0; i < PEOPLE; i++) people.push(`p${i},${room},Naam ${i}`);
  writeFileSync(join(b, "people.csv"), `${people.join("\n")}\n`);
  const { text, badLine } = visitsCsv(room, badAt);
  writeFileSync(join(b, "visits.csv"), text);
  return { path: b, badLine };
}

describeEachDatabase("import: streamed from disk", (db) => {
  it("imports a file larger than a batch and a read chunk, and a second time nothing new", async () => {
    const { path } = writeBundle("good", "s1");
    expect(statSync(join(path, "visits.csv")).size).toBeGreaterThan(4 * READ_CHUNK_BYTES);
    const d = await db();
    const first = await importBundle({ db: d }, await openBundle(path));
    expect(first.rejected).toEqual([]);
    expect(first.applied).toBe(true);
    expect(first.imported).toEqual({ rooms: 1, people: PEOPLE, visits: VISITS });
    const [{ n, dup, multi }] = await d.query<{ n: number; dup: number; multi: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT source_key)::int AS dup,
              count(*) FILTER (WHERE a.name = E'Koffie\\nochtend')::int AS multi
       FROM visits v JOIN activities a ON a.id = v.activity_id`,
    );
    expect(n).toBe(VISITS);
    expect(dup).toBe(VISITS);
    expect(multi).toBe(Math.ceil((VISITS - 5) / 997));
    // The same bundle again, streamed and read whole: every row recognised, nothing stored.
    for (const again of [await openBundle(path), await readBundle(path)]) {
      const report = await importBundle({ db: d }, again);
      expect(report.imported).toEqual({ rooms: 0, people: 0, visits: 0 });
      expect(report.unchanged).toBe(1 + PEOPLE + VISITS);
    }
  });

  it("rolls back everything when a late line is rejected, naming that line", async () => {
    const badAt = VISITS - 17;
    const { path, badLine } = writeBundle("bad", "s2", badAt);
    const d = await db();
    const count = async () =>
      (await d.query<{ n: number }>("SELECT count(*)::int AS n FROM visits WHERE room_id = 's2'"))[0].n;
    const report = await importBundle({ db: d }, await openBundle(path));
    expect(report.applied).toBe(false);
    expect(report.rejected).toEqual([
      {
        file: "visits.csv",
        line: badLine,
        field: "date",
        reason: "'31-02-2024' is geen geldige datum (gebruik jjjj-mm-dd of dd-mm-jjjj)",
      },
    ]);
    // The rows of earlier batches were written in the same transaction, and rolled back with it.
    expect(report.imported.visits).toBe(VISITS - 1);
    expect(await count()).toBe(0);
    expect(await d.query("SELECT id FROM rooms WHERE id = 's2'")).toEqual([]);
  });

  it("looks up persons stored before while it streams, and with --partial stores all but the unknown one", async () => {
    const d = await db();
    // The first test stored p0 … p299; this bundle names them without a people.csv.
    const b = join(dir, "stored-persons");
    mkdirSync(b, { recursive: true });
    writeFileSync(join(b, "rooms.csv"), "room,name\ns4,Kamer zonder people.csv\n");
    const lines = ["date,room,activity_type,person"];
    for (let i = 0; i < VISITS; i++)
      lines.push(`2024-04-02,s4,computer,${i === VISITS - 3 ? "onbekend" : `p${i % PEOPLE}`}`);
    writeFileSync(join(b, "visits.csv"), `${lines.join("\n")}\n`);
    const report = await importBundle({ db: d }, await openBundle(b), { partial: true });
    expect(report.rejected).toEqual([
      {
        file: "visits.csv",
        line: VISITS - 1,
        field: "person",
        reason: "persoon 'onbekend' staat niet in people.csv",
      },
    ]);
    expect(report.applied).toBe(true);
    expect(report.imported).toEqual({ rooms: 1, visits: VISITS - 1 });
    const [{ n, named }] = await d.query<{ n: number; named: number }>(
      "SELECT count(*)::int AS n, count(DISTINCT person_id)::int AS named FROM visits WHERE room_id = 's4'",
    );
    expect(n).toBe(VISITS - 1);
    expect(named).toBe(PEOPLE);
  });

  it("stores text with quotes, backslashes, braces, commas and the word NULL as written", async () => {
    const names = ['Koffie "met" melk', "C:\\map\\", "{accolades}", "een, twee", "NULL", " spaties "];
    const d = await db();
    const visits = names.map((n) => `2024-05-01,s3,social,"${n.replaceAll('"', '""')}",,2,yes`);
    const report = await importBundle(
      { db: d },
      bundleFromCsvTexts({
        "rooms.csv": "room,name\ns3,Tekstkamer\n",
        "visits.csv": `date,room,activity_type,activity,person,count,first_time\n${visits.join("\n")}\n`,
      }),
    );
    expect(report.rejected).toEqual([]);
    const rows = await d.query<{ name: string }>(
      "SELECT a.name FROM visits v JOIN activities a ON a.id = v.activity_id WHERE v.room_id = 's3' ORDER BY v.id",
    );
    // Cells are trimmed (docs/import.md); everything else is kept.
    expect(rows.map((r) => r.name)).toEqual(names.map((n) => n.trim()));
  });

  it("streams a workbook with its sheets out of order: the rows read whole give, temporary files removed on close", async () => {
    const wb = new ExcelJS.Workbook();
    // Sheets out of import order, typed cells, rich text, a formula, a repeated column, empty rows.
    const visits = wb.addWorksheet("Visits");
    visits.addRow(["date", "room", "activity_type", "person", "count", "first_time", "date"]);
    for (let i = 0; i < BUNDLE_BATCH_ROWS + 700; i++) {
      const date =
        i % 2
          ? new Date(Date.UTC(2024, 5, (i % 28) + 1))
          : `2024-06-${String((i % 28) + 1).padStart(2, "0")}`;
      visits.addRow([
        date,
        "w1",
        "social",
        i % 3 ? `w${i % 40}` : null,
        i % 3 ? null : 2,
        i % 5 === 0,
        "ignored",
      ]);
    }
    visits.addRow([]);
    visits.addRow([new Date(Date.UTC(2024, 6, 1)), "w1", "jobs", null, { formula: "1+2", result: 3 }, "ja"]);
    const people = wb.addWorksheet("people");
    people.addRow(["person", "room", "first_name", "newcomer"]);
    for (let i = 0; i < 40; i++)
      people.addRow([`w${i}`, "w1", { richText: [{ text: "Naam " }, { text: String(i) }] }, i % 2 === 0]);
    const rooms = wb.addWorksheet("rooms");
    rooms.addRow(["room", "name", "opened"]);
    rooms.addRow(["w1", "Werkboekkamer", new Date(Date.UTC(2022, 0, 10))]);
    const file = join(dir, "werkboek.xlsx");
    await wb.xlsx.writeFile(file);

    const whole = await readBundle(file);
    const stream: BundleStream = await openBundle(file);
    const streamed: Record<string, unknown[]> = {};
    for (const f of stream.files) {
      streamed[f.name] = [];
      for await (const batch of f.batches()) streamed[f.name].push(...batch);
      expect(f.source).toBe(whole[f.name].source);
    }
    expect(Object.keys(streamed).sort()).toEqual(["people", "rooms", "visits"]);
    for (const name of Object.keys(streamed)) expect(streamed[name]).toEqual(whole[name].rows);
    expect(streamed.visits).toHaveLength(BUNDLE_BATCH_ROWS + 701);

    const d = await db();
    const report = await importBundle({ db: d }, stream);
    expect(report.rejected).toEqual([]);
    expect(report.imported).toEqual({ rooms: 1, people: 40, visits: BUNDLE_BATCH_ROWS + 701 });
    expect(
      await d.query("SELECT count, activity_type FROM visits WHERE room_id = 'w1' AND date = '2024-07-01'"),
    ).toEqual([{ count: 3, activity_type: "jobs" }]);
    await stream.close?.();
    // Reading a closed stream's sheets again fails: its temporary files are gone.
    await expect(stream.files[0].batches()[Symbol.asyncIterator]().next()).rejects.toThrow();
    expect(existsSync(file)).toBe(true);
  });
});
