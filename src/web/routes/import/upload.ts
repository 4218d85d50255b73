/** The answer of POST /api/import (docs/import.md). */
export interface ImportReport {
  applied: boolean;
  imported: Record<string, number>;
  unchanged: number;
  rejected: { file: string; line: number; field: string; reason: string }[];
  /** Hours over a plausible day: nothing was stored; the screen asks before sending again. */
  longHours?: { file: string; line: number; hours: number }[];
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Sends a bundle to POST /api/import with XMLHttpRequest, because fetch reports no upload
 * progress: one .xlsx as it is, or CSV files as JSON texts. `onProgress` gets 0–1 while sending.
 */
export async function uploadBundle(
  files: File[],
  opts: { partial: boolean; dryRun: boolean; checkLongHours: boolean },
  onProgress: (fraction: number) => void,
): Promise<ImportReport> {
  const xlsx = files.find((f) => /\.xlsx$/i.test(f.name));
  let body: Blob | string;
  let url = "/api/import";
  let type: string;
  if (xlsx) {
    body = xlsx;
    type = XLSX;
    url += `?partial=${opts.partial ? 1 : 0}&dryRun=${opts.dryRun ? 1 : 0}&checkLongHours=${opts.checkLongHours ? 1 : 0}`;
  } else {
    const texts: Record<string, string> = {};
    for (const f of files) texts[f.name] = await f.text();
    body = JSON.stringify({
      files: texts,
      partial: opts.partial,
      dryRun: opts.dryRun,
      checkLongHours: opts.checkLongHours,
    });
    type = "application/json";
  }
  const locale = localStorage.getItem("buurtboek.locale") === "en" ? "en" : "nl";
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", type);
    xhr.setRequestHeader("x-buurtboek", "1");
    xhr.setRequestHeader("accept-language", locale);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(xhr.response as ImportReport);
      else reject(new Error(xhr.response?.error?.message ?? xhr.statusText));
    };
    xhr.onerror = () =>
      reject(new Error(locale === "en" ? "No connection to the server." : "Geen verbinding met de server."));
    xhr.send(body);
  });
}
