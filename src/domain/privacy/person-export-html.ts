import type { PersonExport } from "./export-person";

const TITLES: Record<string, string> = {
  people: "Persoon",
  stages: "Treden op de ladder",
  visits: "Bezoeken",
  hours: "Uren",
  keys: "Sleutels",
  memberships: "Lidmaatschappen",
  referrals: "Verwijzingen",
  placements: "Plaatsingen",
  outcomes: "Uitstroom",
  help_questions: "Hulpvragen",
  volunteer_group_members: "Vrijwilligersgroepen",
  allowances: "Vrijwilligersvergoedingen",
  rota: "Openingsrooster",
  audit_log: "Logboek",
};

function esc(v: unknown): string {
  const s = v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A readable, printable page of a person's export (the JSON holds the same). */
export function personExportHtml(exp: PersonExport): string {
  const sections = Object.entries(exp.data)
    .filter(([, rows]) => rows.length > 0)
    .map(([table, rows]) => {
      const cols = Object.keys(rows[0]);
      return `<h2>${esc(TITLES[table] ?? table)}</h2>
<table><thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead>
<tbody>${rows.map((r) => `<tr>${cols.map((c) => `<td>${esc(r[c])}</td>`).join("")}</tr>`).join("\n")}</tbody></table>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Gegevens persoon ${exp.personId}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin-bottom:1.5rem;font-size:.85rem}
th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eee}@media print{h2{page-break-after:avoid}}</style>
</head><body>
<h1>Alles wat Buurtboek over deze persoon bewaart</h1>
<p>Persoon ${exp.personId} · gemaakt op ${esc(exp.exportedAt.slice(0, 10))}</p>
${sections}
</body></html>`;
}
