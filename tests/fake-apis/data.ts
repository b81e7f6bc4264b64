/**
 * Canned answers of the fake Wikidata, Wikipedia and GDELT APIs. Real QIDs for the people and
 * places of our fixtures; Q9000xx are made-up homonyms for testing the type filter.
 */
export interface FakeItem {
  id: string;
  labels: Record<string, string>;
  descriptions: Record<string, string>;
  aliases?: Record<string, string[]>;
  /** "instance of" values. */
  p31: string[];
  /** Site ("enwiki") → page title. */
  sitelinks: Record<string, string>;
}

/** In search order: an earlier item ranks higher when both match. */
export const ITEMS: FakeItem[] = [
  {
    id: 'Q900001',
    labels: { en: 'Putin', fr: 'Putin' },
    descriptions: {
      en: 'Wikimedia disambiguation page',
      fr: "page d'homonymie d'un projet Wikimédia",
    },
    p31: ['Q4167410'],
    sitelinks: { enwiki: 'Putin (disambiguation)' },
  },
  {
    id: 'Q900002',
    labels: { en: 'Putin', fr: 'Poutine' },
    descriptions: { en: 'family name', fr: 'nom de famille' },
    p31: ['Q101352'],
    sitelinks: {},
  },
  {
    id: 'Q900003',
    labels: { en: 'poutine', fr: 'poutine' },
    descriptions: { en: 'Canadian dish of fries, cheese curds and gravy', fr: 'plat québécois' },
    p31: ['Q746549'],
    sitelinks: { enwiki: 'Poutine', frwiki: 'Poutine' },
  },
  {
    id: 'Q7747',
    labels: { en: 'Vladimir Putin', fr: 'Vladimir Poutine' },
    descriptions: {
      en: 'President of Russia since 2012',
      fr: 'président de la fédération de Russie depuis 2012',
    },
    aliases: { en: ['Putin', 'Vladimir Vladimirovich Putin'], fr: ['Poutine'] },
    p31: ['Q5'],
    sitelinks: { enwiki: 'Vladimir Putin', frwiki: 'Vladimir Poutine' },
  },
  {
    id: 'Q56226',
    labels: { en: 'Kim Jong Un', fr: 'Kim Jong-un' },
    descriptions: {
      en: 'Supreme Leader of North Korea since 2011',
      fr: 'dirigeant suprême de la Corée du Nord depuis 2011',
    },
    aliases: { en: ['Kim Jong-un'], fr: ['Kim Jong Un'] },
    p31: ['Q5'],
    sitelinks: { enwiki: 'Kim Jong Un', frwiki: 'Kim Jong-un' },
  },
  {
    id: 'Q80510',
    labels: { en: 'Sergey Lavrov', fr: 'Sergueï Lavrov' },
    descriptions: {
      en: 'Russian diplomat, Minister of Foreign Affairs since 2004',
      fr: 'diplomate russe, ministre des Affaires étrangères depuis 2004',
    },
    aliases: { en: ['Sergei Lavrov', 'Lavrov'], fr: ['Lavrov'] },
    p31: ['Q5'],
    sitelinks: { enwiki: 'Sergey Lavrov', frwiki: 'Sergueï Lavrov' },
  },
  {
    id: 'Q423',
    labels: { en: 'North Korea', fr: 'Corée du Nord' },
    descriptions: { en: 'country in East Asia', fr: "pays d'Asie de l'Est" },
    aliases: { en: ['DPRK', "Democratic People's Republic of Korea"], fr: ['RPDC'] },
    p31: ['Q3624078', 'Q6256'],
    sitelinks: { enwiki: 'North Korea', frwiki: 'Corée du Nord' },
  },
  {
    id: 'Q159',
    labels: { en: 'Russia', fr: 'Russie' },
    descriptions: { en: 'country spanning Europe and Asia', fr: "pays d'Europe et d'Asie" },
    aliases: { en: ['Russian Federation'], fr: ['fédération de Russie'] },
    p31: ['Q3624078', 'Q6256', 'Q43702'],
    sitelinks: { enwiki: 'Russia', frwiki: 'Russie' },
  },
  {
    id: 'Q18808',
    labels: { en: 'Pyongyang', fr: 'Pyongyang' },
    descriptions: { en: 'capital of North Korea', fr: 'capitale de la Corée du Nord' },
    p31: ['Q5119', 'Q1549591'],
    sitelinks: { enwiki: 'Pyongyang', frwiki: 'Pyongyang' },
  },
  {
    // An organisation homonym with no French label, description or article.
    id: 'Q900004',
    labels: { en: 'Pyongyang restaurant chain' },
    descriptions: { en: 'North Korean state-owned restaurant chain' },
    aliases: { en: ['Pyongyang'] },
    p31: ['Q4830453'],
    sitelinks: { enwiki: 'Pyongyang (restaurant chain)' },
  },
];

export interface FakeSummary {
  title: string;
  extract: string;
  type?: 'standard' | 'disambiguation';
}

/** "lang:Page title" → summary. */
export const SUMMARIES: Record<string, FakeSummary> = {
  'en:Vladimir Putin': {
    title: 'Vladimir Putin',
    extract:
      'Vladimir Vladimirovich Putin is a Russian politician who has been President of Russia since 2012.',
  },
  'fr:Vladimir Poutine': {
    title: 'Vladimir Poutine',
    extract:
      "Vladimir Vladimirovitch Poutine est un homme d'État russe, président de la fédération de Russie depuis 2012.",
  },
  'en:Kim Jong Un': {
    title: 'Kim Jong Un',
    extract: 'Kim Jong Un is a North Korean politician who has been the supreme leader since 2011.',
  },
  'fr:Kim Jong-un': {
    title: 'Kim Jong-un',
    extract: "Kim Jong-un est un homme d'État nord-coréen, dirigeant suprême depuis 2011.",
  },
  'en:Sergey Lavrov': {
    title: 'Sergey Lavrov',
    extract:
      'Sergey Viktorovich Lavrov is a Russian diplomat who has been Foreign Minister since 2004.',
  },
  'fr:Sergueï Lavrov': {
    title: 'Sergueï Lavrov',
    extract:
      'Sergueï Viktorovitch Lavrov est un diplomate russe, ministre des Affaires étrangères.',
  },
  'en:North Korea': {
    title: 'North Korea',
    extract:
      "North Korea, officially the Democratic People's Republic of Korea, is a country in East Asia.",
  },
  'fr:Corée du Nord': {
    title: 'Corée du Nord',
    extract:
      "La Corée du Nord est un pays d'Asie de l'Est situé dans la moitié nord de la péninsule coréenne.",
  },
  'en:Russia': {
    title: 'Russia',
    extract:
      'Russia, or the Russian Federation, is a country spanning Eastern Europe and North Asia.',
  },
  'fr:Russie': {
    title: 'Russie',
    extract: 'La Russie est un État fédéral transcontinental, le plus vaste pays du monde.',
  },
  'en:Pyongyang': {
    title: 'Pyongyang',
    extract: 'Pyongyang is the capital and largest city of North Korea.',
  },
  'fr:Pyongyang': {
    title: 'Pyongyang',
    extract: 'Pyongyang est la capitale de la Corée du Nord.',
  },
  'en:Pyongyang (restaurant chain)': {
    title: 'Pyongyang (restaurant chain)',
    extract: 'Pyongyang is a chain of restaurants owned by the North Korean state.',
  },
  'en:Putin (disambiguation)': {
    title: 'Putin (disambiguation)',
    extract: 'Putin may refer to:',
    type: 'disambiguation',
  },
  'en:Poutine': {
    title: 'Poutine',
    extract: 'Poutine is a dish of french fries and cheese curds.',
  },
  'fr:Poutine': { title: 'Poutine', extract: 'La poutine est un plat québécois.' },
};

export interface FakeGdeltArticle {
  url: string;
  url_mobile: string;
  title: string;
  seendate: string;
  socialimage: string;
  domain: string;
  language: string;
  sourcecountry: string;
}

const gdelt = (
  n: number,
  title: string,
  domain: string,
  language: string,
  sourcecountry: string,
  seendate: string,
): FakeGdeltArticle => ({
  url: `https://${domain}/world/story-${n}`,
  url_mobile: '',
  title,
  seendate,
  socialimage: '',
  domain,
  language,
  sourcecountry,
});

/** Newest first, as sort=datedesc returns them. */
export const GDELT_ARTICLES: FakeGdeltArticle[] = [
  gdelt(
    1,
    'Putin and Kim Jong Un sign defence pact in Pyongyang',
    'news.example.org',
    'English',
    'United Kingdom',
    '20240619T123000Z',
  ),
  gdelt(
    2,
    'Poutine à Pyongyang : Kim Jong Un reçoit le président russe',
    'journal.example.fr',
    'French',
    'France',
    '20240619T110000Z',
  ),
  gdelt(
    3,
    'Lavrov says Russia and North Korea will deepen ties',
    'wire.example.com',
    'English',
    'United States',
    '20240618T090000Z',
  ),
  gdelt(
    4,
    'Kim Jong Un inspects missile launch',
    'asia.example.net',
    'English',
    'South Korea',
    '20240617T081500Z',
  ),
  gdelt(
    5,
    'Putin visits Pyongyang for first time in 24 years',
    'daily.example.in',
    'English',
    'India',
    '20240616T200000Z',
  ),
  gdelt(
    6,
    'La Russie et la Corée du Nord renforcent leur alliance',
    'quotidien.example.be',
    'French',
    'Belgium',
    '20240615T070000Z',
  ),
];

/** Words the fake GDELT associates with each story, beyond its title. */
export const GDELT_KEYWORDS: Record<number, string[]> = {
  1: ['vladimir putin', 'kim jong un', 'pyongyang', 'russia', 'north korea'],
  2: ['vladimir putin', 'kim jong un', 'pyongyang', 'russia', 'north korea'],
  3: ['sergey lavrov', 'russia', 'north korea'],
  4: ['kim jong un', 'north korea'],
  5: ['vladimir putin', 'pyongyang', 'russia', 'north korea'],
  6: ['russia', 'north korea'],
};
