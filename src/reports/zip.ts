import JSZip from "jszip";

const FIXED = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * Rewrites a DOCX/XLSX zip with every entry dated on the document's date and the core
 * properties' timestamps set to it, so the same document renders to the same bytes (a final
 * report's hash then proves it was regenerated unchanged). Entry order is kept.
 */
export async function normaliseZip(
  input: Buffer,
  date: string,
  rewrite: (name: string, xml: string) => string = (_n, xml) => xml,
): Promise<Buffer> {
  const src = await JSZip.loadAsync(input);
  const out = new JSZip();
  const stamp = `${date}T00:00:00Z`;
  for (const [name, entry] of Object.entries(src.files)) {
    if (entry.dir) continue;
    let data: Uint8Array | string = await entry.async("uint8array");
    if (name === "docProps/core.xml") {
      data = new TextDecoder()
        .decode(data)
        .replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
          `$1${stamp}$2`,
        );
    } else if (name.endsWith(".xml")) {
      const xml = new TextDecoder().decode(data);
      const rewritten = rewrite(name, xml);
      if (rewritten !== xml) data = rewritten;
    }
    out.file(name, data, { date: FIXED(date), createFolders: false });
  }
  return out.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "DOS",
  });
}
