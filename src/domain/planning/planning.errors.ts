import { defineError } from "../shared/errors";

export const PlanningErrors = {
  MissingColumns: defineError(
    "planning.missing_columns",
    "invalid",
    (p) => `Het CBS-bestand ${p.file} mist deze kolommen: ${p.columns}.`,
    (p) => `The CBS file ${p.file} lacks these columns: ${p.columns}.`,
  ),
  EmptyFile: defineError(
    "planning.empty_file",
    "invalid",
    (p) => `Het bestand ${p.file} bevat geen regels met gegevens.`,
    (p) => `The file ${p.file} holds no data rows.`,
  ),
  BadNumber: defineError(
    "planning.bad_number",
    "invalid",
    (p) => `${p.file}, regel ${p.line}, kolom ${p.field}: "${p.value}" is geen getal.`,
    (p) => `${p.file}, line ${p.line}, column ${p.field}: "${p.value}" is not a number.`,
  ),
  BadCoordinate: defineError(
    "planning.bad_coordinate",
    "invalid",
    (p) => `${p.file}, regel ${p.line}: "${p.value}" is geen geldige ${p.field}.`,
    (p) => `${p.file}, line ${p.line}: "${p.value}" is not a valid ${p.field}.`,
  ),
  UnknownArea: defineError(
    "planning.unknown_area",
    "not_found",
    (p) => `Buurt of wijk ${p.code} staat niet in de scan van ${p.year}.`,
    (p) => `Neighbourhood ${p.code} is not in the ${p.year} scan.`,
  ),
  NoCentre: defineError(
    "planning.no_centre",
    "invalid",
    (p) => `Van ${p.code} zijn geen coördinaten geïmporteerd.`,
    (p) => `No coordinates were imported for ${p.code}.`,
  ),
  BadGeoJson: defineError(
    "planning.bad_geojson",
    "invalid",
    (p) => `Het GeoJSON-bestand is niet leesbaar: ${p.reason}.`,
    (p) => `The GeoJSON file cannot be read: ${p.reason}.`,
  ),
  UnknownScenario: defineError(
    "planning.unknown_scenario",
    "not_found",
    (p) => `Er is geen scenario met de naam ${p.name}.`,
    (p) => `There is no scenario named ${p.name}.`,
  ),
  BadScenario: defineError(
    "planning.bad_scenario",
    "invalid",
    (p) => `Het scenario klopt niet: ${p.reason}.`,
    (p) => `The scenario is not valid: ${p.reason}.`,
  ),
};
