import { describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/entities/find-mentions';
import { germanNounByKey, mergeMentions } from '@/lib/entities/merge-mentions';
import type { EntityType } from '@/lib/entities/tags';

/** Mentions at their first occurrence in `text`, in order. */
function mentionsIn(text: string, names: [string, EntityType][], leadEnd = 0): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in text`);
    from = start + name.length;
    return { start, end: from, text: name, type, lead: start < leadEnd };
  });
}

describe('mergeMentions', () => {
  it('gives a German noun the KB matches only by its key no KB id (de47: "Pollen", not Polen)', () => {
    const text = 'Die Linden bieten kaum Nektar und Pollen. Polen liegt im Osten.';
    const [pollen, polen] = ['Pollen', 'Polen'].map(
      (name) =>
        mergeMentions(mentionsIn(text, [[name, 'LOC']]), [], 'de', text).find(
          (e) => e.name === name,
        )?.id,
    );
    expect(pollen).not.toBe('loc:Q36');
    expect(polen).toBe('loc:Q36');
    expect(germanNounByKey(['Pollen'], 'Q36', 'de')).toBe(true);
    // Not in English, nor of a name the KB has.
    expect(germanNounByKey(['Pollen'], 'Q36', 'en')).toBe(false);
    expect(germanNounByKey(['Polen'], 'Q36', 'de')).toBe(false);
  });

  it("reads another country's party from a place after the name, or a qualifier the KB does not know", () => {
    const norway = 'The Labour Party of Norway won the election. Labour will govern from Oslo.';
    const inNorway = mergeMentions(
      mentionsIn(norway, [
        ['Labour Party', 'ORG'],
        ['Norway', 'LOC'],
        ['Labour', 'ORG'],
      ]),
      [],
      'en',
      norway,
    );
    expect(inNorway.find((e) => e.type === 'ORG')?.id).not.toBe('org:Q9630');
    const korea = 'El Partido Demócrata de Corea ganó. El Partido Demócrata formará gobierno.';
    const inKorea = mergeMentions(
      mentionsIn(korea, [
        ['Partido Demócrata de Corea', 'ORG'],
        ['Partido Demócrata', 'ORG'],
      ]),
      [],
      'es',
      korea,
    );
    expect(inKorea).toHaveLength(1);
    expect(inKorea[0]?.id).not.toBe('org:Q29552');
  });

  it("does not give another country's party the KB's party of that name (South Korea's Democratic Party)", () => {
    const korea =
      "South Korea's Democratic Party won. Its leader said South Korea needed change, and the " +
      'Democratic Party thanked the United States.';
    const inKorea = mergeMentions(
      mentionsIn(korea, [
        ['South Korea', 'LOC'],
        ['Democratic Party', 'ORG'],
        ['South Korea', 'LOC'],
        ['Democratic Party', 'ORG'],
        ['United States', 'LOC'],
      ]),
      [],
      'en',
      korea,
    );
    const party = inKorea.find((e) => e.name === 'Democratic Party');
    expect(party?.type).toBe('ORG');
    expect(party?.id).not.toBe('org:Q29552');
    const us = 'The Democratic Party met in Chicago, and the United States watched.';
    const inUs = mergeMentions(
      mentionsIn(us, [
        ['Democratic Party', 'ORG'],
        ['Chicago', 'LOC'],
        ['United States', 'LOC'],
      ]),
      [],
      'en',
      us,
    );
    expect(inUs.find((e) => e.name === 'Democratic Party')?.id).toBe('org:Q29552');
    // A name that says its country keeps the KB's party anywhere.
    const tories = mergeMentions(mentionsIn('The Tories met in Ottawa.', [['Tories', 'ORG']]));
    expect(tories[0]?.id).toBe('org:Q9626');
  });

  it("keeps another country's party apart from the one the KB knows by the shorter name", () => {
    const text =
      'The Conservative Party of Canada chose its leader. The Conservative Party said the vote ' +
      'was fair. In London, the Conservative Party of the UK met too.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Conservative Party of Canada', 'ORG'],
        ['Conservative Party', 'ORG'],
      ]),
    );
    // One entity, the Canadian party: not the British party's QID (Q9626), taken from the shorter name.
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ type: 'ORG', name: 'Conservative Party of Canada' });
    expect(entities[0]?.id).not.toBe('org:Q9626');
    expect(entities[0]?.mentions).toHaveLength(2);
    // Alone, in a text about the UK, the shorter name is the party the KB knows.
    const alone = mergeMentions(
      mentionsIn(text, [
        ['Conservative Party', 'ORG'],
        ['UK', 'LOC'],
      ]),
    );
    expect(alone.find((e) => e.type === 'ORG')?.id).toBe('org:Q9626');
  });

  it("reads another country's party from a French or Spanish nationality adjective after its name", () => {
    // The adjective in the name: a later "Parti conservateur" is the Canadian party.
    const canada =
      'Le Parti conservateur canadien a gagné. Le chef du Parti conservateur a salué Ottawa.';
    const inCanada = mergeMentions(
      mentionsIn(canada, [
        ['Parti conservateur canadien', 'ORG'],
        ['Parti conservateur', 'ORG'],
        ['Ottawa', 'LOC'],
      ]),
      [],
      'fr',
      canada,
    );
    const party = inCanada.find((e) => e.type === 'ORG');
    expect(party?.mentions).toHaveLength(2);
    expect(party?.id).not.toBe('org:Q9626');
    // The adjective read apart from the name ("el Partido Laborista noruego").
    const norway = 'El Partido Laborista noruego ganó en Oslo.';
    const inNorway = mergeMentions(
      mentionsIn(norway, [
        ['Partido Laborista', 'ORG'],
        ['Oslo', 'LOC'],
      ]),
      [],
      'es',
      norway,
    );
    expect(inNorway.find((e) => e.type === 'ORG')?.id).not.toBe('org:Q9630');
    // The KB party's own country's adjective: the KB's party.
    const uk = 'Le Parti travailliste britannique a perdu. Le Parti travailliste votera.';
    const inUk = mergeMentions(
      mentionsIn(uk, [
        ['Parti travailliste britannique', 'ORG'],
        ['Parti travailliste', 'ORG'],
      ]),
      [],
      'fr',
      uk,
    );
    expect(inUk).toHaveLength(1);
    expect(inUk[0]?.id).toBe('org:Q9630');
  });

  it("reads another country's party where the KB's is France's PS or Germany's FDP", () => {
    const japan = 'Le Parti libéral-démocrate japonais a gagné à Tokyo.';
    const inJapan = mergeMentions(
      mentionsIn(japan, [
        ['Parti libéral-démocrate', 'ORG'],
        ['Tokyo', 'LOC'],
      ]),
      [],
      'fr',
      japan,
    );
    expect(inJapan.find((e) => e.type === 'ORG')?.id).not.toBe('org:Q13124');
    const belgium = 'Le Parti socialiste wallon a gagné. Elio Di Rupo dirige le Parti socialiste.';
    const inBelgium = mergeMentions(
      mentionsIn(belgium, [
        ['Parti socialiste', 'ORG'],
        ['Elio Di Rupo', 'PER'],
        ['Parti socialiste', 'ORG'],
      ]),
      [],
      'fr',
      belgium,
    );
    expect(inBelgium.find((e) => e.type === 'ORG')?.id).not.toBe('org:Q170972');
    // A person after "de" is no country: the French party keeps the KB's id.
    const france = 'Le Parti socialiste de François Hollande a perdu. Le Parti socialiste a perdu.';
    const inFrance = mergeMentions(
      mentionsIn(france, [
        ['Parti socialiste', 'ORG'],
        ['François Hollande', 'PER'],
        ['Parti socialiste', 'ORG'],
      ]),
      [],
      'fr',
      france,
    );
    expect(inFrance.find((e) => e.type === 'ORG')?.id).toBe('org:Q170972');
  });

  it("keeps the KB's party after a city of its own country, not of another (Chicago's, Seoul's)", () => {
    const party = (text: string, city: string) =>
      mergeMentions(
        mentionsIn(text, [
          [city, 'LOC'],
          ['Democratic Party', 'ORG'],
        ]),
        [],
        'en',
        text,
      ).find((e) => e.type === 'ORG')?.id;
    expect(party("Chicago's Democratic Party backed him.", 'Chicago')).toBe('org:Q29552');
    expect(party("Seoul's Democratic Party backed him.", 'Seoul')).not.toBe('org:Q29552');
  });

  it("reads the KB party's country from its entry: Italy's Partito Democratico with its own adjective", () => {
    // No hand-kept list of parties: the KB entry's country (build:kb, news-orgs.ts) says it.
    const italy =
      'Il Partito Democratico italiano ha vinto a Roma. Il Partito Democratico governerà.';
    const inItaly = mergeMentions(
      mentionsIn(italy, [
        ['Partito Democratico italiano', 'ORG'],
        ['Roma', 'LOC'],
        ['Partito Democratico', 'ORG'],
      ]),
      [],
      'it',
      italy,
    );
    const party = inItaly.find((e) => e.type === 'ORG');
    expect(party?.mentions).toHaveLength(2);
    expect(party?.id).toBe('org:Q47729');
  });

  it('keeps a body apart from the longer name of one of its organs (United Nations Security Council)', () => {
    const text =
      'The United Nations Security Council met. The United Nations said aid was blocked.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['United Nations Security Council', 'ORG'],
        ['United Nations', 'ORG'],
      ]),
    );
    expect(entities.map((e) => e.name).sort()).toEqual([
      'United Nations',
      'United Nations Security Council',
    ]);
    // Nor a firm's name with a place: often another company (Socony, not Standard Oil).
    const oil =
      'The Standard Oil Company of New York grew. The Standard Oil Company was broken up.';
    const firms = mergeMentions(
      mentionsIn(oil, [
        ['Standard Oil Company of New York', 'ORG'],
        ['Standard Oil Company', 'ORG'],
      ]),
    );
    expect(firms).toHaveLength(2);
  });

  it('merges a French paper written with its contracted article into the KB\'s name ("du Figaro", "Le Figaro")', () => {
    const text =
      'Selon Le Figaro, la réforme est prête. Le directeur du Figaro refuse de commenter.';
    const both = mergeMentions(
      mentionsIn(text, [
        ['Le Figaro', 'ORG'],
        ['Figaro', 'ORG'],
      ]),
      [],
      'fr',
      text,
    );
    expect(both).toHaveLength(1);
    expect(both[0]?.id).toBe('org:Q216047');
    // Alone, "du Figaro" is the KB's paper too, by its full name.
    const alone = 'Le directeur du Figaro refuse de commenter.';
    const [paper] = mergeMentions(mentionsIn(alone, [['Figaro', 'ORG']]), [], 'fr', alone);
    expect(paper?.id).toBe('org:Q216047');
    expect(paper?.name).toBe('Le Figaro');
    // No article before it: no paper's name.
    const opera = 'Il chante Figaro ce soir.';
    const [role] = mergeMentions(mentionsIn(opera, [['Figaro', 'ORG']]), [], 'fr', opera);
    expect(role?.id).not.toBe('org:Q216047');
    // A place too: "au Caire" is the KB's "Le Caire" (Cairo).
    const cairo = 'Il est arrivé au Caire hier.';
    const [town] = mergeMentions(mentionsIn(cairo, [['Caire', 'LOC']]), [], 'fr', cairo);
    expect(town?.id).toBe('loc:Q85');
    expect(town?.name).toBe('Le Caire');
  });

  it('merges a surname with the full name (Vladimir Poutine … Poutine)', () => {
    const text = 'Vladimir Poutine est arrivé. Poutine a parlé.';
    const [e] = mergeMentions(
      mentionsIn(text, [
        ['Vladimir Poutine', 'PER'],
        ['Poutine', 'PER'],
      ]),
    );
    // Ids are canonical (lib/kb): the KB knows Putin, so his QID, not "per:vladimir-poutine".
    expect(e).toMatchObject({ id: 'per:Q7747', type: 'PER', name: 'Vladimir Poutine' });
    expect(e?.mentions.map((m) => m.text)).toEqual(['Vladimir Poutine', 'Poutine']);
  });

  it('merges a first name and a mistyped part into the person (Kim Jong Un … Kim)', () => {
    const text = 'Kim Jong Un a accueilli Poutine. Kim a souri.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Kim Jong Un', 'PER'],
        ['Poutine', 'PER'],
        ['Kim', 'LOC'],
      ]),
    );
    const kim = entities.find((e) => e.id === 'per:Q56226');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim Jong Un', 'Kim']);
    // Canonical ids: Kim Jong Un and Putin (from "Poutine" alone) are both in the KB.
    expect(entities.map((e) => e.id).sort()).toEqual(['per:Q56226', 'per:Q7747']);
  });

  it('joins a heading in capitals to the one person whose name it copies (“EL CHAPO” GUZMÁN)', () => {
    const text =
      'El capo Joaquín “El Chapo” Guzmán habló.\n\nNEXOS DE JOH CON “EL CHAPO” GUZMÁN\n\nSobornos de Joaquín Guzmán Loera.';
    const names: [string, EntityType][] = [
      ['Joaquín “El Chapo” Guzmán', 'PER'],
      ['CHAPO', 'PER'],
      ['GUZMÁN', 'PER'],
      ['Joaquín Guzmán Loera', 'PER'],
    ];
    const entities = mergeMentions(mentionsIn(text, names), [], 'es', text);
    const chapo = entities.find((e) => e.name === 'Joaquín “El Chapo” Guzmán');
    expect(chapo?.mentions.map((m) => m.text)).toContain('GUZMÁN');
    expect(entities.map((e) => e.name)).not.toContain('GUZMÁN');
    // Two people who share the surname, and a heading that copies neither's other words: apart.
    const two = 'Juan Orlando Hernández y Juan Antonio Hernández.\n\nEL CASO HERNÁNDEZ\n\nFin.';
    const apart = mergeMentions(
      mentionsIn(two, [
        ['Juan Orlando Hernández', 'PER'],
        ['Juan Antonio Hernández', 'PER'],
        ['HERNÁNDEZ', 'PER'],
      ]),
      [],
      'es',
      two,
    );
    expect(apart.map((e) => e.name)).toContain('HERNÁNDEZ');
    // "JUAN HERNÁNDEZ" fits both full names: ambiguous, apart.
    const both = 'Juan Orlando Hernández y Juan Antonio Hernández.\n\nJUAN HERNÁNDEZ\n\nFin.';
    const still = mergeMentions(
      mentionsIn(both, [
        ['Juan Orlando Hernández', 'PER'],
        ['Juan Antonio Hernández', 'PER'],
        ['HERNÁNDEZ', 'PER'],
      ]),
      [],
      'es',
      both,
    );
    expect(still.map((e) => e.name)).toContain('HERNÁNDEZ');
  });

  it('joins a person named with a quoted nickname to the one person with its other words', () => {
    const text =
      'Joaquín “El Chapo” Guzmán y Juan Antonio “Tony” Hernández. Sobornos de Joaquín Guzmán Loera a Juan Orlando Hernández.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Joaquín “El Chapo” Guzmán', 'PER'],
        ['Juan Antonio “Tony” Hernández', 'PER'],
        ['Joaquín Guzmán Loera', 'PER'],
        ['Juan Orlando Hernández', 'PER'],
      ]),
      [],
      'es',
      text,
    );
    expect(entities.map((e) => e.name).sort()).toEqual([
      'Joaquín “El Chapo” Guzmán',
      'Juan Antonio “Tony” Hernández',
      'Juan Orlando Hernández',
    ]);
    const chapo = entities.find((e) => e.name === 'Joaquín “El Chapo” Guzmán');
    expect(chapo?.mentions.map((m) => m.text)).toEqual([
      'Joaquín “El Chapo” Guzmán',
      'Joaquín Guzmán Loera',
    ]);
    // Two people hold "Juan" and "Hernández": the nicknamed one stays apart from both.
    const two = 'Juan “Tony” Hernández, Juan Orlando Hernández y Juan Carlos Hernández.';
    const apart = mergeMentions(
      mentionsIn(two, [
        ['Juan “Tony” Hernández', 'PER'],
        ['Juan Orlando Hernández', 'PER'],
        ['Juan Carlos Hernández', 'PER'],
      ]),
      [],
      'es',
      two,
    );
    expect(apart).toHaveLength(3);
  });

  it('joins a surname to the one clean name beside a run-on span (Léo Dubois, "Kadewere décale Dubois")', () => {
    const text = 'Kadewere décale Dubois. But de Léo Dubois ! Dubois a répondu.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Kadewere décale Dubois', 'PER'],
        ['Léo Dubois', 'PER'],
        ['Dubois', 'PER'],
      ]),
    );
    const leo = entities.find((e) => e.name === 'Léo Dubois');
    expect(leo?.mentions.map((m) => m.text)).toEqual(['Léo Dubois', 'Dubois']);
    // Two clean names: the part is ambiguous and stays apart.
    const two = 'Léo Dubois et Marc Dubois. Dubois a répondu.';
    const apart = mergeMentions(
      mentionsIn(two, [
        ['Léo Dubois', 'PER'],
        ['Marc Dubois', 'PER'],
        ['Dubois', 'PER'],
      ]),
    );
    expect(apart.map((e) => e.name).sort()).toEqual(['Dubois', 'Léo Dubois', 'Marc Dubois']);
    // A particle is no run-on word: "Ludwig van Beethoven" is a clean name.
    const van = 'Ludwig van Beethoven et Karl Beethoven. Beethoven a joué.';
    const ambiguous = mergeMentions(
      mentionsIn(van, [
        ['Ludwig van Beethoven', 'PER'],
        ['Karl Beethoven', 'PER'],
        ['Beethoven', 'PER'],
      ]),
    );
    expect(ambiguous.find((e) => e.name === 'Beethoven')).toBeDefined();
  });

  it('reads no run-on span in a word broken at a line\'s end nor in "v." ("Fran¬ ziska Longo")', () => {
    // Old German print: "Fran¬ ziska" is one given name, "v ." the particle "von" cut short.
    const broken = 'Fran¬ ziska Longo und Josefine Longo. Longo sagte es.';
    const apart = mergeMentions(
      mentionsIn(broken, [
        ['Fran¬ ziska Longo', 'PER'],
        ['Josefine Longo', 'PER'],
        ['Longo', 'PER'],
      ]),
    );
    expect(apart.find((e) => e.name === 'Longo')).toBeDefined();
    const particle = 'Moriz Ritter v . Dobler und Ritter Stellwag. Ritter kam.';
    const ritter = mergeMentions(
      mentionsIn(particle, [
        ['Moriz Ritter v . Dobler', 'PER'],
        ['Ritter Stellwag', 'PER'],
        ['Ritter', 'PER'],
      ]),
    );
    expect(ritter.find((e) => e.name === 'Ritter')).toBeDefined();
    const genitive = "Papst Urban VI . und Urban ' s VI . Tod und Florian Urban. Urban kam.";
    const urban = mergeMentions(
      mentionsIn(genitive, [
        ["Urban ' s VI", 'PER'],
        ['Florian Urban', 'PER'],
        ['Urban', 'PER'],
      ]),
    );
    expect(urban.find((e) => e.name === 'Urban')).toBeDefined();
  });

  it('merges an acronym with its expansion, in either order', () => {
    const text =
      'The KCNA said. The Korean Central News Agency added. The International Monetary Fund (IMF) agreed.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['KCNA', 'ORG'],
        ['Korean Central News Agency', 'ORG'],
        ['International Monetary Fund', 'ORG'],
        ['IMF', 'ORG'],
      ]),
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Korean Central News Agency', 2],
      ['International Monetary Fund', 2],
    ]);
  });

  it("joins an organisation's acronym or ticker in brackets right after its name (UIA, LVMHF)", () => {
    const es =
      'Encabeza la Unión Industrial (UIA) y la Liga Argentina por los Derechos Humanos (LADH).';
    const inSpanish = mergeMentions(
      mentionsIn(es, [
        ['Unión Industrial', 'ORG'],
        ['UIA', 'ORG'],
        ['Derechos Humanos', 'ORG'],
        ['LADH', 'ORG'],
      ]),
      [],
      'es',
      es,
    );
    // A name cut short does not open with the acronym's letter: the two stay apart.
    expect(inSpanish.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Unión Industrial', 2],
      ['Derechos Humanos', 1],
      ['LADH', 1],
    ]);
    const en = 'Help came from LVMH (LVMHF). Flights go to Bangalore (BLR) and Seattle.';
    const inEnglish = mergeMentions(
      mentionsIn(en, [
        ['LVMH', 'ORG'],
        ['LVMHF', 'ORG'],
        ['Bangalore', 'ORG'],
        ['BLR', 'ORG'],
      ]),
      [],
      'en',
      en,
    );
    // After one word that is no acronym, the bracket is as often a city's airport code.
    expect(inEnglish.map((e) => [e.name, e.mentions.length])).toEqual([
      ['LVMH', 2],
      ['Bangalore', 1],
      ['BLR', 1],
    ]);
  });

  it("joins an airport's code in brackets to the airport, whatever its letters (en47)", () => {
    const es =
      'El Aeropuerto Internacional de Miami (MIA) es el de mayor tráfico. La Cámara de Comercio (HAB) no.';
    const entities = mergeMentions(
      mentionsIn(es, [
        ['Aeropuerto Internacional de Miami', 'ORG'],
        ['MIA', 'ORG'],
        ['Cámara de Comercio', 'ORG'],
        ['HAB', 'ORG'],
      ]),
      [],
      'es',
      es,
    );
    // Not after another body whose first letter the code does not open with.
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Aeropuerto Internacional de Miami', 2],
      ['Cámara de Comercio', 1],
      ['HAB', 1],
    ]);
  });

  it("joins a listed firm's ticker after one word the KB knows as a body, or after an exchange (en46)", () => {
    const text =
      'Apple (AAPL) rose. Alphabet (NASDAQ: GOOGL) fell. Acme (ACM) held. Flights to Bangalore (BLR).';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Apple', 'ORG'],
        ['AAPL', 'ORG'],
        ['Alphabet', 'ORG'],
        ['GOOGL', 'ORG'],
        ['Acme', 'ORG'],
        ['ACM', 'ORG'],
        ['Bangalore', 'ORG'],
        ['BLR', 'ORG'],
      ]),
      [],
      'en',
      text,
    );
    // "Apple" is a body for the KB; after "NASDAQ:" the bracket holds a ticker whatever its
    // letters. One word the KB does not know as a body keeps its bracket apart: an airport's code
    // as often as a ticker.
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['Apple', 2],
      ['Alphabet', 2],
      ['Acme', 1],
      ['ACM', 1],
      ['Bangalore', 1],
      ['BLR', 1],
    ]);
    expect(entities[0]?.id).toBe('org:Q312');
  });

  it('names a body by its acronym where the long name the page writes is none the KB knows (OCDE)', () => {
    const text =
      'Le pays est en tête des pays de l’Organisation de coopération économique (OCDE). La ' +
      'Organisation des Nations unies (ONU) aussi.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Organisation de coopération économique', 'ORG'],
        ['OCDE', 'ORG'],
        ['Organisation des Nations unies', 'ORG'],
        ['ONU', 'ORG'],
      ]),
      [],
      'fr',
      text,
    );
    // A long name the KB has stays the card's name.
    expect(entities.map((e) => [e.id, e.name, e.mentions.length])).toEqual([
      ['org:Q41550', 'OCDE', 2],
      ['org:Q1065', 'Organisation des Nations unies', 2],
    ]);
    // So does a full name in the page's own spelling, whose initials spell the acronym.
    const en = 'The Organisation for Security and Cooperation in Europe (OSCE) said so.';
    const [osce] = mergeMentions(
      mentionsIn(en, [
        ['Organisation for Security and Cooperation in Europe', 'ORG'],
        ['OSCE', 'ORG'],
      ]),
      [],
      'en',
      en,
    );
    expect([osce?.id, osce?.name]).toEqual([
      'org:Q81299',
      'Organisation for Security and Cooperation in Europe',
    ]);
  });

  it('reads Spanish "América" as the continent, English "America" as the United States (en46)', () => {
    const es = 'La península apunta hacia el extremo sur de América.';
    const [continent] = mergeMentions(mentionsIn(es, [['América', 'LOC']]), [], 'es', es);
    expect(continent?.id).toBe('loc:Q828');
    const en = 'That is what has gone wrong in America.';
    const [country] = mergeMentions(mentionsIn(en, [['America', 'LOC']]), [], 'en', en);
    expect(country?.id).toBe('loc:Q30');
  });

  it('merges curated aliases across languages (OTAN / NATO) and fixes their type', () => {
    const text = 'OTAN. NATO. Nations unies. ONU.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['OTAN', 'LOC'],
        ['NATO', 'ORG'],
        ['Nations unies', 'ORG'],
        ['ONU', 'ORG'],
      ]),
    );
    expect(entities.map((e) => [e.type, e.mentions.length])).toEqual([
      ['ORG', 2],
      ['ORG', 2],
    ]);
  });

  it('names an entity by its ordinary spelling, not a headline in capitals', () => {
    const text = 'PUTIN IN PYONGYANG. Putin landed in Pyongyang.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['PUTIN', 'PER'],
        ['PYONGYANG', 'LOC'],
        ['Putin', 'PER'],
        ['Pyongyang', 'LOC'],
      ]),
    );
    expect(entities.map((e) => [e.id, e.name, e.mentions.length])).toEqual([
      ['per:Q7747', 'Putin', 2],
      ['loc:Q18808', 'Pyongyang', 2],
    ]);
  });

  it('types country names as places whatever the tagger said', () => {
    const [e] = mergeMentions(mentionsIn('España ganó.', [['España', 'ORG']]));
    expect(e).toMatchObject({ id: 'loc:Q29', type: 'LOC' });
  });

  it("measures how contested the entity's type is: its score against the best other type's", () => {
    const [a, b] = mentionsIn('Musimundo vende. Musimundo compra.', [
      ['Musimundo', 'PER'],
      ['Musimundo', 'PER'],
    ]);
    // TYPES order: PER, LOC, ORG. Read as a person, though the tagger scored an organisation higher once.
    const [e] = mergeMentions([
      { ...a!, typeScores: [10, 0, 4] },
      { ...b!, typeScores: [2, 0, 12] },
    ]);
    expect(e).toMatchObject({ type: 'PER', typeMargin: -2 });
  });

  it('keeps different people with one shared word apart', () => {
    const text = 'Kim Jong Un et Kim Yo Jong.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Kim Jong Un', 'PER'],
        ['Kim Yo Jong', 'PER'],
      ]),
    );
    expect(entities).toHaveLength(2);
  });

  it('scores salience: title and lead count more than the body', () => {
    const text = 'Berlin a parlé.\n\nParis aussi. Paris encore. Rome.';
    const mentions = mentionsIn(
      text,
      [
        ['Berlin', 'LOC'],
        ['Paris', 'LOC'],
        ['Paris', 'LOC'],
        ['Rome', 'LOC'],
      ],
      15,
    );
    const title: Mention[] = [{ start: 0, end: 4, text: 'Rome', type: 'LOC', lead: false }];
    const entities = mergeMentions(mentions, title);
    expect(entities.map((e) => [e.name, e.salience])).toEqual([
      ['Rome', 1],
      ['Berlin', 0.5],
      ['Paris', 0.5],
    ]);
  });

  it('merges the names of one KB entry in an article (RPDC / Corée du Nord)', () => {
    const text = 'La Corée du Nord a tiré. La RPDC dément. Pyongyang se tait.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Corée du Nord', 'LOC'],
        ['RPDC', 'ORG'],
        ['Pyongyang', 'LOC'],
      ]),
    );
    expect(entities.map((e) => [e.id, e.type, e.name, e.mentions.length])).toEqual([
      ['loc:Q423', 'LOC', 'Corée du Nord', 2],
      ['loc:Q18808', 'LOC', 'Pyongyang', 1],
    ]);
  });

  it("reads a name two KB entries share in the text's language (Mexico, the country or the capital)", () => {
    const en = "If you've been to Mexico you've seen the stands. A mole from a Mexico City recipe.";
    const inEnglish = mergeMentions(
      mentionsIn(en, [
        ['Mexico', 'LOC'],
        ['Mexico City', 'LOC'],
      ]),
      [],
      'en',
      en,
    );
    expect(inEnglish.map((e) => [e.id, e.name, e.mentions.length])).toEqual([
      ['loc:Q96', 'Mexico', 1],
      ['loc:Q1489', 'Mexico City', 1],
    ]);
    const fr = 'Il a quitté Mexico pour Oaxaca.';
    const [city] = mergeMentions(mentionsIn(fr, [['Mexico', 'LOC']]), [], 'fr', fr);
    expect(city?.id).toBe('loc:Q1489');
  });

  it('merges spelling variants of a name in one article (Zelensky / Zelenskyy)', () => {
    const text = 'Volodymyr Zelensky a parlé. Zelenskyy a ajouté. Iouri Ouchakov, Yuri Ouchakov.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Volodymyr Zelensky', 'PER'],
        ['Zelenskyy', 'PER'],
        ['Iouri Ouchakov', 'PER'],
        ['Yuri Ouchakov', 'PER'],
      ]),
    );
    expect(entities.map((e) => [e.id, e.mentions.length])).toEqual([
      ['per:Q3874799', 2],
      ['per:yuri-ushakov', 2],
    ]);
  });

  it('keeps apart people the KB or the key would not merge (Kim Jong Un, Kim Jong Il)', () => {
    const text = 'Kim Jong Un, fils de Kim Jong Il. Sergueï Lavrov et Maria Lavrova.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Kim Jong Un', 'PER'],
        ['Kim Jong Il', 'PER'],
        ['Sergueï Lavrov', 'PER'],
        ['Maria Lavrova', 'PER'],
      ]),
    );
    expect(entities.map((e) => e.id)).toEqual([
      'per:Q56226',
      'per:kim-yong-il',
      'per:sergey-lavrov',
      'per:maria-lavrova',
    ]);
  });

  it("joins a person's initials to the one person they spell, in Spanish and French (PPK, JOH)", () => {
    const text =
      'Mamani votó contra la vacancia de Pedro Pablo Kuczynski. La Fiscalía denunció a PPK y a Kenji Fujimori.';
    const entities = mergeMentions(
      mentionsIn(text, [
        ['Mamani', 'PER'],
        ['Pedro Pablo Kuczynski', 'PER'],
        ['Fiscalía', 'ORG'],
        ['PPK', 'ORG'],
        ['Kenji Fujimori', 'PER'],
      ]),
      [],
      'es',
      text,
    );
    const ppk = entities.find((e) => e.name === 'Pedro Pablo Kuczynski');
    expect(ppk?.type).toBe('PER');
    expect(ppk?.mentions.map((m) => m.text)).toEqual(['Pedro Pablo Kuczynski', 'PPK']);
    // The organisation the tagger read casts no doubt on the person.
    expect(ppk?.typeShare).toBe(1);
    expect(entities.some((e) => e.name === 'PPK')).toBe(false);
    // Two persons with the same initials: the acronym stays apart.
    const two = 'Juan Orlando Hernández y Juana Olga Herrera; JOH no habló.';
    const apart = mergeMentions(
      mentionsIn(two, [
        ['Juan Orlando Hernández', 'PER'],
        ['Juana Olga Herrera', 'PER'],
        ['JOH', 'ORG'],
      ]),
      [],
      'es',
      two,
    );
    expect(apart.find((e) => e.name === 'JOH')?.type).toBe('ORG');
    // An organisation's initials still go to the organisation.
    const org = 'El Consejo Nacional Electoral (CNE) y Carlos Navarro Escobar; el CNE decidió.';
    const cne = mergeMentions(
      mentionsIn(org, [
        ['Consejo Nacional Electoral', 'ORG'],
        ['CNE', 'ORG'],
        ['Carlos Navarro Escobar', 'PER'],
        ['CNE', 'ORG'],
      ]),
      [],
      'es',
      org,
    );
    expect(cne.find((e) => e.name === 'Consejo Nacional Electoral')?.mentions).toHaveLength(3);
    // English text is left as it was.
    const en = 'John Fitzgerald Kennedy spoke. JFK left.';
    const jfk = mergeMentions(
      mentionsIn(en, [
        ['John Fitzgerald Kennedy', 'PER'],
        ['JFK', 'ORG'],
      ]),
      [],
      'en',
      en,
    );
    expect(jfk).toHaveLength(2);
  });

  it('returns nothing for no mentions', () => {
    expect(mergeMentions([])).toEqual([]);
  });
});
