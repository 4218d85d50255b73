/**
 * The cooperative's standard wording of the agreement, section by section in the order of seed 004.
 * Stored per cooperative (settings `documents.texts`); these defaults follow the seed. `{kamers}`
 * is replaced by the rooms of the agreement, `{jaar}` by its year, `{coöperatie}` by the name.
 */
export const AGREEMENT_SECTIONS = [
  { key: "why", heading: "WAAROM" },
  { key: "dream", heading: "ONZE DROOM" },
  { key: "together", heading: "SAMEN" },
  { key: "cooperative", heading: "INZET COÖPERATIE BEWONERSCOLLECTIEF" },
  { key: "partners", heading: "INZET GEMEENTE EN WONINGCORPORATIE" },
  { key: "how", heading: "HOE" },
  { key: "performance_notes", heading: "Noten bij de prestaties" },
  { key: "budget_management", heading: "BUDGETBEHEER EN VERANTWOORDING" },
  { key: "dispute", heading: "GESCHIL EN AANSPRAKELIJKHEID" },
] as const;

export type SectionKey = (typeof AGREEMENT_SECTIONS)[number]["key"];
export type AgreementTexts = Record<SectionKey, string>;

export const DEFAULT_TEXTS: AgreementTexts = {
  why: "De ondertekenaars van deze samenwerkingsafspraak willen, samen met de bewoners, een plek bieden waar kwetsbare bewoners kunnen werken aan eigen talenten, zich samen kunnen inzetten voor een veilige(re) en prettige(re) buurt, waar zij terecht kunnen met (hulp)vragen, gericht op werk ofwel het actief mee doen in de samenleving, laagdrempelig en kleinschalig in een eigen kamer, volledig in zelfbeheer bij bewoners. Samen actief in een BuurtWerkKamer bij {kamers}.",
  dream:
    "Met de inzet van een BuurtWerkKamer willen we kwetsbare bewoners vertrouwen geven in de eigen capaciteiten en talenten én hen zicht bieden op een gezonder en prettiger leven. Waar nodig ondersteund door alle betrokken partners die met een BuurtWerkKamer op een efficiënte en effectieve manier kunnen investeren in de leefbaarheid van de buurt en in een beter welzijn, prettiger wonen en het toeleiden naar (on)betaald werk van kwetsbare en kansrijke bewoners.",
  together:
    "Met het ondertekenen van deze samenwerkingsafspraak verbinden deelnemers en vrijwilligers bij de BuurtWerkKamer zich met de medewerkers en bestuurders van de betrokken partners en financiers. De bewonersverenigingen vertegenwoordigen de deelnemers en de vrijwilligers die met uren investeren in de eigen BuurtWerkKamer. De partners ondersteunen de BuurtWerkKamer en investeren met euro's. {coöperatie} is als bewonerscollectief verantwoordelijk voor het realiseren van deze samenwerkingsafspraak, in opdracht van de bewonersverenigingen en de partners samen.",
  cooperative:
    "{coöperatie} zorgt voor het bij elkaar brengen van alle betrokkenen, organiseert de samenwerking en de financiering (makelen); levert de teamcoördinatie, de coaching; organiseert de inzet van perspectiefbanen, participatie- en werkervaringsplaatsen; zorgt voor budgetbeheer, de verantwoording en de financiële administratie en waar nodig voor conflictbemiddeling tussen deelnemers/vrijwilligers (service); als ook het werven, organiseren en evalueren van de inzet van de betaalde medewerkers (werkgever); en het stimuleren en begeleiden van evaluaties en leerplannen (ontwikkeling).",
  partners:
    "De gemeente en de betrokken woningcorporaties kunnen een belangrijke ondersteuning bieden aan de buurtwerkkamers door bewoners (burgers, cliënten en huurders) naar ons door te verwijzen, hen te stimuleren actief mee te doen en samen met ons te zoeken naar oplossingen bij (hulp)vragen.",
  how: "Een BuurtWerkKamer gaat uit van een aanpak met 'Vinden, Omarmen, Verbinden, Ontdekken en Versterken'. Samengevat: we zijn laagdrempelig opdat ook kwetsbare bewoners deel kunnen nemen; alles vanuit de eigen kracht en de ervaringsdeskundigheid van deelnemers, want 'iedereen kan iets wat een ander niet kan'; energiegericht met activiteiten en diensten die alleen plaats vinden als vrijwilligers en deelnemers dat willen; en kleinschalig genoeg om door vrijwilligers/bewoners zelf te worden beheerd.",
  performance_notes:
    "De BuurtWerkKamer realiseert en registreert meetbare resultaten. De na te streven resultaten zijn indicatief: de BuurtWerkKamer werkt energiegericht, dus als bewoners meer willen met taal dan met klussen, dan gaat de één mogelijk boven het streefcijfer uitkomen en de ander mogelijk er onder blijven. Schuin gedrukt (kolom 'Woningcorporaties') staan de prestaties van specifiek belang voor een woningcorporatie. Regelmatig is er werk- en voortgangsoverleg met vertegenwoordigers van de gemeente en de woningcorporaties; ieder kwartaal is er waar nodig overleg over de (tussen)rapportages.",
  budget_management:
    "Budgetten worden verzameld op de bankrekening van {coöperatie} en daarmee worden alle uitgaven gedaan, beheerd en verantwoord aan alle opdrachtgevers: financiers en bewonersverenigingen.",
  dispute:
    "Bij een geschil zullen financiers, bewonersvereniging en {coöperatie} ieder een lid afvaardigen voor het samenstellen van een geschillencommissie. Deze zal een dringend advies geven op het geschil. Elke partij is zelf aansprakelijk voor haar handelingen of voor handelingen van haar medewerkers en van andere personen waarvoor de aansprakelijkheid wordt toegerekend. Elke partij zorgt voor een adequate aansprakelijkheidsverzekering. Op deze samenwerkingsafspraak is Nederlands recht van toepassing.",
};

/** The stored texts over the defaults: a section the cooperative never changed keeps the seed's wording. */
export function mergeTexts(stored: Partial<Record<string, unknown>> | null): AgreementTexts {
  const out = { ...DEFAULT_TEXTS };
  for (const { key } of AGREEMENT_SECTIONS) {
    const v = stored?.[key];
    if (typeof v === "string" && v.trim() !== "") out[key] = v;
  }
  return out;
}

export function fillText(text: string, vars: { kamers: string; jaar: number; cooperative: string }): string {
  return text
    .replaceAll("{kamers}", vars.kamers)
    .replaceAll("{jaar}", String(vars.jaar))
    .replaceAll("{coöperatie}", vars.cooperative);
}

export const DEFAULT_COOPERATIVE_NAME = "BuurtWerkKamer Coöperatie";
