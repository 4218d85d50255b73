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
  const reader = new CsvReader(separator);
  const records = reader.push(input);
  for (const r of reader.end()) records.push(r);
  return records;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Incremental CSV reader: text goes in in chunks of any size (a file stream), complete records
 * come out. A record cut off by the end of a chunk waits for the next one, so memory holds one
 * chunk and one record, never the file. `parseCsv` is this reader fed the whole text at once.
 */
export class CsvReader {
  private buf = "";
  private line = 1;
  private sep: number | undefined;
  private started = false;

  constructor(separator?: "," | ";") {
    this.sep = separator?.charCodeAt(0);
  }

  /** Records completed by this chunk. */
  push(chunk: string): CsvRecord[] {
    if (!this.started) {
      if (chunk.length === 0) return [];
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buf = this.buf.length ? this.buf + chunk : chunk;
    return this.scan(false);
  }

  /** The last record, at the end of the text. */
  end(): CsvRecord[] {
    return this.scan(true);
  }

  private scan(final: boolean): CsvRecord[] {
    const out: CsvRecord[] = [];
    const text = this.buf;
    if (this.sep === undefined) {
      // The separator comes from the header line: wait until it is complete.
      if (!final && !headerComplete(text)) return out;
      this.sep = detectSeparator(text).charCodeAt(0);
    }
    const sep = this.sep;
    const len = text.length;
    let pos = 0; // start of the record being read
    let line = this.line;
    for (;;) {
      const recordLine = line;
      const cells: string[] = [];
      let cell = "";
      let touched = false;
      let i = pos;
      let complete = false;
      let quoted = false;
      while (i < len) {
        if (quoted) {
          const j = text.indexOf('"', i);
          if (j < 0 || (j + 1 === len && !final)) break; // the closing quote may be in the next chunk
          for (let k = i; k < j; k++) {
            const c = text.charCodeAt(k);
            if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) line++;
          }
          cell += text.slice(i, j);
          if (text.charCodeAt(j + 1) === QUOTE) {
            cell += '"';
            i = j + 2;
          } else {
            quoted = false;
            i = j + 1;
          }
          continue;
        }
        let k = i;
        let c = 0;
        while (k < len) {
          c = text.charCodeAt(k);
          if (c === sep || c === QUOTE || c === LF || c === CR) break;
          k++;
        }
        if (k > i) {
          cell += text.slice(i, k);
          touched = true;
        }
        if (k >= len) {
          i = k;
          break;
        }
        if (c === QUOTE) {
          quoted = true;
          touched = true;
          i = k + 1;
        } else if (c === sep) {
          cells.push(cell);
          cell = "";
          touched = true;
          i = k + 1;
        } else {
          // A CR at the end of a chunk may be the first half of CRLF.
          if (c === CR && k + 1 === len && !final) {
            i = k;
            break;
          }
          i = c === CR && text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
          line++;
          complete = true;
          break;
        }
      }
      if (!complete) {
        if (final && i >= len && !quoted) {
          cells.push(cell);
          if (touched) out.push({ line: recordLine, cells });
          pos = len;
        } else if (final) {
          // An unclosed quote runs to the end of the text, as a lenient reader takes it.
          cells.push(cell + text.slice(i));
          out.push({ line: recordLine, cells });
          pos = len;
        } else line = recordLine;
        break;
      }
      cells.push(cell);
      if (touched) out.push({ line: recordLine, cells });
      pos = i;
    }
    this.buf = pos >= len ? "" : text.slice(pos);
    this.line = line;
    return out;
  }
}

/** Whether the text holds a whole first line (a newline outside quotes). */
function headerComplete(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) return i + 1 < text.length;
  }
  return false;
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
