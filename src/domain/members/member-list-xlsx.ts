import ExcelJS from "exceljs";
import type { MemberRow } from "./ports";

/**
 * The member list for the association's board, as a workbook. First name and street only: the
 * board needs to know who its members are, not how to reach them (contact stays in the room).
 */
export async function memberListXlsx(input: {
  roomName: string;
  year: number;
  members: MemberRow[];
  locale?: "nl" | "en";
}): Promise<Buffer> {
  const en = input.locale === "en";
  const wb = new ExcelJS.Workbook();
  wb.creator = "Buurtboek";
  const ws = wb.addWorksheet(en ? `Members ${input.year}` : `Leden ${input.year}`);
  ws.addRow([en ? `Members ${input.roomName} ${input.year}` : `Leden ${input.roomName} ${input.year}`]).font =
    { bold: true, size: 14 };
  ws.addRow([]);
  const header = ws.addRow(
    en
      ? ["Reference", "First name", "Street", "Paid", "Amount (€)"]
      : ["Referentie", "Voornaam", "Straat", "Betaald", "Bedrag (€)"],
  );
  header.font = { bold: true };
  for (const m of input.members) {
    ws.addRow([
      m.ref ?? "",
      m.firstName ?? "",
      m.street ?? "",
      m.paid ? (en ? "yes" : "ja") : en ? "no" : "nee",
      m.amount ?? null,
    ]);
  }
  ws.addRow([]);
  const paying = input.members.filter((m) => m.paid).length;
  ws.addRow([en ? "Paying members" : "Betalende leden", paying]).font = { bold: true };
  ws.getColumn(5).numFmt = "#,##0.00";
  ws.columns.forEach((c, i) => {
    c.width = [14, 18, 26, 10, 12][i] ?? 12;
  });
  ws.pageSetup = { orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
