import { defineError } from "../shared/errors";

export const ImportErrors = {
  Unreadable: defineError(
    "import.unreadable",
    "invalid",
    (p) => `Kan '${p.path}' niet lezen. Geef een map met CSV-bestanden of een .xlsx-bestand.`,
    (p) => `Cannot read '${p.path}'. Give a folder of CSV files or an .xlsx file.`,
  ),
  NotAWorkbook: defineError(
    "import.not_a_workbook",
    "invalid",
    (p) => `'${p.path}' is geen geldig Excel-bestand (.xlsx).`,
    (p) => `'${p.path}' is not a valid Excel workbook (.xlsx).`,
  ),
  NoFiles: defineError(
    "import.no_files",
    "invalid",
    "Er zitten geen bestanden in de bundel.",
    "The bundle holds no files.",
  ),
};
