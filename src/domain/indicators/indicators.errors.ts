import { defineError } from "../shared/errors";

export const IndicatorErrors = {
  UnknownRoom: defineError(
    "indicators.unknown_room",
    "not_found",
    (p) => `Deze kamer bestaat niet: ${p.room}.`,
    (p) => `This room does not exist: ${p.room}.`,
  ),
  NoRooms: defineError(
    "indicators.no_rooms",
    "invalid",
    "Kies minstens één kamer.",
    "Choose at least one room.",
  ),
  BadPeriod: defineError(
    "indicators.bad_period",
    "invalid",
    (p) => `De periode klopt niet: ${p.reason}.`,
    (p) => `The period is not right: ${p.reason}.`,
  ),
  UnknownIndicator: defineError(
    "indicators.unknown_indicator",
    "invalid",
    (p) => `Deze indicator bestaat niet: ${p.indicator}.`,
    (p) => `This indicator does not exist: ${p.indicator}.`,
  ),
  BadTarget: defineError(
    "indicators.bad_target",
    "invalid",
    (p) => `Dit streefcijfer klopt niet: ${p.reason}.`,
    (p) => `This target is not right: ${p.reason}.`,
  ),
};
