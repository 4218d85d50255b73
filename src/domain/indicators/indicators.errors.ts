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
  PeriodTooFine: defineError(
    "indicators.period_too_fine",
    "invalid",
    (p) =>
      `Financiers en besturen zien cijfers over hele kwartalen: de periode begint op 1 januari, 1 april, 1 juli of 1 oktober en eindigt op 31 maart, 30 juni, 30 september of 31 december. U vroeg ${p.from} tot en met ${p.to}.`,
    (p) =>
      `Funders and boards see figures over whole quarters: the period starts on 1 January, 1 April, 1 July or 1 October and ends on 31 March, 30 June, 30 September or 31 December. You asked for ${p.from} to ${p.to}.`,
  ),
  PeriodNotOver: defineError(
    "indicators.period_not_over",
    "invalid",
    (p) =>
      `Deze periode is nog niet voorbij. Financiers en besturen zien cijfers over afgelopen kwartalen: de cijfers tot en met ${p.to} zijn er vanaf ${p.next}.`,
    (p) =>
      `This period is not over yet. Funders and boards see figures over past quarters: the figures up to ${p.to} are available from ${p.next}.`,
  ),
};
