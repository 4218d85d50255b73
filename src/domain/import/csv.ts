/**
 * A small RFC-4180 reader and writer for the import bundle. Own code rather than a library: the
 * bundle needs editor line numbers (a quoted newline moves later rows down) and separator
 * detection from the header, which is a few dozen lines.
 */

export interface CsvRecord {
  /** Line on which the record starts, as a text editor counts (the header is line 1). */
  line: number;
  cells: string[];
}

/** The separator of the header line: whichever of `;` and `,` occurs more often outside quotes. */
export function detectSeparator(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Parses CSV text (BOM accepted, CRLF or LF) into records with their starting line numbers. */
export function parseCsv(input: string, separator?: "," | ";"): CsvRecord[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let touched = false; // whether the current record has any content (to skip a final empty line)
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    if (touched || cells.length > 1) records.push({ line: recordLine, cells });
    cells = [];
    touched = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        else if (ch === "\r") {
          if (text[i + 1] !== "\n") line++;
        }
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      touched = true;
    } else if (ch === sep) {
      endCell();
      touched = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
      touched = true;
    }
  }
  if (touched || cell !== "" || cells.length > 0) endRecord();
  return records;
}

function quote(value: string, sep: string): string {
  if (value === "") return "";
  if (
    value.includes(sep) ||
    value.includes('"') ||
    value.includes("\n") ||
    value.includes("\r") ||
    value !== value.trim()
  ) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/** Writes rows as CSV with `\n` line ends, quoting only where needed. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[], sep = ","): string {
  const lines = [header.map((h) => quote(h, sep)).join(sep)];
  for (const r of rows) lines.push(r.map((v) => quote(v, sep)).join(sep));
  return `${lines.join("\n")}\n`;
}
