/**
 * Where each country and territory of i18n-iso-countries is, for its one-line description
 * ("country in East Asia", "pays d'Asie de l'Est"): the UN geoscheme's subregions (M49), named
 * as news readers name them (Iran and the Gulf in the Middle East, Mexico in North America,
 * the South Caucasus apart). Build-time only (build-kb.ts).
 */

interface Region {
  /** After "country in" / "territory in". */
  en: string;
  /** After "pays" / "territoire" ("d'Asie de l'Est", "du Moyen-Orient"). */
  fr: string;
  codes: string;
}

const REGIONS: Region[] = [
  { en: 'East Asia', fr: 'd’Asie de l’Est', codes: 'CN HK MO KP KR JP MN TW' },
  { en: 'Southeast Asia', fr: 'd’Asie du Sud-Est', codes: 'BN KH ID LA MY MM PH SG TH TL VN' },
  { en: 'South Asia', fr: 'd’Asie du Sud', codes: 'AF BD BT IN LK MV NP PK' },
  { en: 'Central Asia', fr: 'd’Asie centrale', codes: 'KZ KG TJ TM UZ' },
  {
    en: 'the Middle East',
    fr: 'du Moyen-Orient',
    codes: 'BH IQ IR IL JO KW LB OM PS QA SA SY AE YE',
  },
  { en: 'the South Caucasus', fr: 'du Caucase du Sud', codes: 'AM AZ GE' },
  {
    en: 'Northern Europe',
    fr: 'd’Europe du Nord',
    codes: 'DK EE FI IS IE LV LT NO SE GB AX FO GG IM JE SJ',
  },
  { en: 'Western Europe', fr: 'd’Europe de l’Ouest', codes: 'AT BE FR DE LI LU MC NL CH' },
  { en: 'Eastern Europe', fr: 'd’Europe de l’Est', codes: 'BY BG CZ HU MD PL RO SK UA' },
  {
    en: 'Southern Europe',
    fr: 'd’Europe du Sud',
    codes: 'AL AD BA HR GR VA IT MT ME MK PT SM RS SI ES XK GI',
  },
  { en: 'North Africa', fr: 'd’Afrique du Nord', codes: 'DZ EG LY MA SD TN EH' },
  {
    en: 'West Africa',
    fr: 'd’Afrique de l’Ouest',
    codes: 'BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH',
  },
  { en: 'Central Africa', fr: 'd’Afrique centrale', codes: 'AO CM CF TD CG CD GQ GA ST' },
  {
    en: 'East Africa',
    fr: 'd’Afrique de l’Est',
    codes: 'BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TZ UG ZM ZW IO TF',
  },
  { en: 'Southern Africa', fr: 'd’Afrique australe', codes: 'BW SZ LS NA ZA' },
  { en: 'North America', fr: 'd’Amérique du Nord', codes: 'CA US MX BM GL PM' },
  { en: 'Central America', fr: 'd’Amérique centrale', codes: 'BZ CR SV GT HN NI PA' },
  {
    en: 'the Caribbean',
    fr: 'des Caraïbes',
    codes: 'AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI',
  },
  {
    en: 'South America',
    fr: 'd’Amérique du Sud',
    codes: 'AR BO BR CL CO EC FK GF GY PY PE SR UY VE GS BV',
  },
  {
    en: 'Oceania',
    fr: 'd’Océanie',
    codes: 'AU NZ NF HM CX CC FJ NC PG SB VU GU KI MH FM NR MP PW UM AS CK PF NU PN WS TK TO TV WF',
  },
];

// Where one region says too little or the wrong thing.
const OWN: Record<string, { en: string; fr: string }> = {
  RU: {
    en: 'country in Eastern Europe and Northern Asia',
    fr: 'pays d’Europe de l’Est et d’Asie du Nord',
  },
  TR: {
    en: 'country in Western Asia and Southeast Europe',
    fr: 'pays d’Asie occidentale et d’Europe du Sud-Est',
  },
  CY: {
    en: 'island country in the eastern Mediterranean',
    fr: 'pays insulaire de la Méditerranée orientale',
  },
  AQ: { en: 'polar continent around the South Pole', fr: 'continent polaire autour du pôle Sud' },
};

const BY_CODE = new Map(REGIONS.flatMap((r) => r.codes.split(' ').map((c) => [c, r] as const)));

/**
 * The one-line description of a country (a sovereign state, `country`) or a territory, by its
 * ISO 3166 alpha-2 code: "country in East Asia", "territoire des Caraïbes". Without a known
 * region, the bare kind ("country", "pays").
 */
export function countryDescription(code: string, country: boolean): { en: string; fr: string } {
  const own = OWN[code];
  if (own) return own;
  const region = BY_CODE.get(code);
  const [en, fr] = country ? ['country', 'pays'] : ['territory', 'territoire'];
  return region ? { en: `${en} in ${region.en}`, fr: `${fr} ${region.fr}` } : { en, fr };
}

/** Every code with a region or its own line (for the build's check that none is left out). */
export function describedCodes(): Set<string> {
  return new Set([...BY_CODE.keys(), ...Object.keys(OWN)]);
}
