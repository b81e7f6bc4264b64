import { describe, expect, it } from 'vitest';
import {
  capitalNeighbour,
  cutBeforeInnerHonorific,
  findMentions,
  honorificPersons,
  keepNobleTitles,
  refineContext,
  spanEdge,
  trimPersonTitles,
} from '@/lib/entities/find-mentions';
import { ALIASES } from '@/lib/entities/aliases';
import { findEntities } from '@/lib/entities/find-entities';
import { getGazetteer } from '@/lib/entities/gazetteer';
import { normalizeKey } from '@/lib/entities/gazetteer-key';
import { tokenize } from '@/lib/entities/tokenize';
import { allNames, getKb, lookupName } from '@/lib/kb/lookup';

const found = (text: string, lang: string) => findMentions(text, lang).map((m) => [m.text, m.type]);

describe('findMentions', () => {
  it('finds people, places and organisations in French', () => {
    const text =
      'Le président Emmanuel Macron a reçu jeudi Olaf Scholz à l’Élysée, avant un sommet de l’OTAN à Bruxelles.';
    const m = found(text, 'fr');
    expect(m).toContainEqual(['Emmanuel Macron', 'PER']);
    expect(m).toContainEqual(['Olaf Scholz', 'PER']);
    expect(m).toContainEqual(['OTAN', 'ORG']);
    expect(m).toContainEqual(['Bruxelles', 'LOC']);
  });

  it('finds people, places and organisations in English', () => {
    const text =
      'Secretary of State Antony Blinken told reporters in Washington that NATO and the European Union would respond.';
    const m = found(text, 'en');
    expect(m).toContainEqual(['Antony Blinken', 'PER']);
    expect(m).toContainEqual(['Washington', 'LOC']);
    expect(m).toContainEqual(['NATO', 'ORG']);
    expect(m).toContainEqual(['European Union', 'ORG']);
  });

  it('names no product of a shopping list as a person or a place; a maker the KB knows stays', () => {
    const deals =
      'Summer sales have started early.\n\nElden Ring (PS5)\n\n$29.99 $59.99 at Shop\n\n' +
      'One of the best games of the decade.\n\nTurtle Beach Stealth 600\n\n£79.99 at Shop\n\n' +
      'A budget headset.\n\nApple iPhone 15 Pro\n\n999 € chez Fnac';
    const m = found(deals, 'en').map(([name]) => name);
    expect(m).not.toContain('Elden Ring');
    expect(m.join(' ')).not.toMatch(/Stealth/);
    expect(m).toContain('Apple');
  });

  it('keeps the names of a heading that no price follows, or that a sentence with a sum follows', () => {
    const text =
      'Angela Merkel\n\nThe chancellor spoke in Berlin on Monday.\n\n' +
      'Emmanuel Macron\n\n€2 million for the fund.';
    const m = found(text, 'en');
    expect(m).toContainEqual(['Angela Merkel', 'PER']);
    expect(m).toContainEqual(['Emmanuel Macron', 'PER']);
  });

  it('finds a single unknown name that never appears in lower case (Rheinmetall)', () => {
    const text =
      'Le groupe allemand Rheinmetall va construire une usine. Rheinmetall emploie 25 000 personnes.';
    expect(found(text, 'fr')).toContainEqual(['Rheinmetall', 'ORG']);
  });

  it('gives spans that slice back to the mention', () => {
    const text =
      'À Pyongyang, Kim Jong Un a accueilli Vladimir Poutine.\n\nLa Russie et la Corée du Nord ont signé.';
    const mentions = findMentions(text, 'fr');
    expect(mentions.length).toBeGreaterThanOrEqual(5);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.filter((m) => m.lead).length).toBeGreaterThan(0);
  });

  it('reads a name after an abbreviation as part of its sentence ("Sra.", "St.", "J. K.")', () => {
    // The segmenter ended a sentence after each dot: "Sra" became a place, "St." one alone, and
    // "Rowling" opened a sentence of its own, unread.
    const es = found('La Sra. Lucía Ferrández llegó ayer a Madrid.', 'es');
    expect(es).toContainEqual(['Lucía Ferrández', 'PER']);
    expect(es.map(([text]) => text)).not.toContain('Sra');
    expect(found('Earlier, St. Kilda beat Collingwood at home.', 'en')).toContainEqual([
      'St. Kilda',
      'LOC',
    ]);
    expect(found('The novel by J. K. Rowling sold well.', 'en')).toEqual([
      ['J. K. Rowling', 'PER'],
    ]);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(findMentions('', 'fr')).toEqual([]);
    expect(findMentions(' … — !', 'en')).toEqual([]);
  });
});

describe('trimPersonTitles', () => {
  it('keeps a family name whose last word is a title after its article: "Bruno Le Maire" (fr17)', () => {
    const tokens = tokenize('Bruno Le Maire a parlé.');
    const [s] = trimPersonTitles([{ start: 0, end: 3, type: 'PER' as const }], tokens, 'fr');
    expect(tokens.slice(s?.start, s?.end).map((t) => t.text)).toEqual(['Bruno', 'Le', 'Maire']);
    const vice = tokenize('Chinese Vice Premier spoke.');
    expect(trimPersonTitles([{ start: 0, end: 3, type: 'PER' as const }], vice, 'en')).toEqual([]);
  });

  const spansOf = (text: string, start: number, end: number) => ({
    tokens: tokenize(text),
    spans: [{ start, end, type: 'PER' as const }],
  });

  it('drops titles and honorifics before a name', () => {
    const { tokens, spans } = spansOf('le président M. Dupont', 1, 5);
    const [s] = trimPersonTitles(spans, tokens);
    expect(tokens.slice(s?.start, s?.end).map((t) => t.text)).toEqual(['Dupont']);
  });

  it('reads "M." as Monsieur in French only: an initial in English ("M. Waugh")', () => {
    const { tokens, spans } = spansOf('M. Waugh', 0, 3);
    const words = (s?: { start: number; end: number }) =>
      tokens.slice(s?.start, s?.end).map((t) => t.text);
    expect(words(trimPersonTitles(spans, tokens, 'fr')[0])).toEqual(['Waugh']);
    expect(words(trimPersonTitles(spans, tokens, 'en')[0])).toEqual(['M', '.', 'Waugh']);
  });

  it('drops a French form of address written out ("Monsieur Turpin"), in French only (fr20)', () => {
    const words = (text: string, end: number, lang: string) => {
      const tokens = tokenize(text);
      const [s] = trimPersonTitles([{ start: 0, end, type: 'PER' as const }], tokens, lang);
      return s ? tokens.slice(s.start, s.end).map((t) => t.text) : [];
    };
    // "Monsieur Turpin" was a card of its own beside "Clément Turpin" (sports.fr).
    expect(words('Monsieur Turpin', 2, 'fr')).toEqual(['Turpin']);
    expect(words('Madame Dupont', 2, 'fr')).toEqual(['Dupont']);
    expect(words('MADEMOISELLE Chanel', 2, 'fr')).toEqual(['Chanel']);
    // The particle after it is the name's, as after "M.".
    expect(words('Monsieur de Mauroy', 3, 'fr')).toEqual(['de', 'Mauroy']);
    // Alone, or before a function, it is no person.
    expect(words('Monsieur', 1, 'fr')).toEqual([]);
    // Not in English: "Madame Tussauds".
    expect(words('Madame Tussauds', 2, 'en')).toEqual(['Madame', 'Tussauds']);
  });

  it('drops a German function written as one compound before the name, in German only', () => {
    const words = (text: string, end: number, lang: string) => {
      const tokens = tokenize(text);
      const [s] = trimPersonTitles([{ start: 0, end, type: 'PER' as const }], tokens, lang);
      return s ? tokens.slice(s.start, s.end).map((t) => t.text) : [];
    };
    expect(words('Feuerwehrpräsident Albert Kern', 3, 'de')).toEqual(['Albert', 'Kern']);
    expect(words('Vizerektorin Martha Mühlburger', 3, 'de')).toEqual(['Martha', 'Mühlburger']);
    expect(words('Europameister Armand Duplantis', 3, 'de')).toEqual(['Armand', 'Duplantis']);
    expect(words('Herr Drosten', 2, 'de')).toEqual(['Drosten']);
    expect(words('Vorstandsmitglied Axel Hellmann', 3, 'de')).toEqual(['Axel', 'Hellmann']);
    // Heads of firms and churches ("Tesla-Chef" is one compound word in German).
    expect(words('Konzernchef Elon Musk', 3, 'de')).toEqual(['Elon', 'Musk']);
    expect(words('Pfarrerin Anna Weber', 3, 'de')).toEqual(['Anna', 'Weber']);
    expect(words('Kardinal Walter Kasper', 3, 'de')).toEqual(['Walter', 'Kasper']);
    expect(words('Papst Franziskus', 2, 'de')).toEqual(['Franziskus']);
    // Church offices ("Von 1970 – 1973 leitete Vikar Manfred Schlichte den Chor").
    expect(words('Vikar Manfred Schlichte', 3, 'de')).toEqual(['Manfred', 'Schlichte']);
    expect(words('Kaplanin Anna Berg', 3, 'de')).toEqual(['Anna', 'Berg']);
    // A function alone is no person; a family name that is a function word stays at the end.
    expect(words('Produzent', 1, 'de')).toEqual([]);
    expect(words('Hans Meister', 2, 'de')).toEqual(['Hans', 'Meister']);
    // Not in English, where "Feuerwehrpräsident" is no word of a title.
    expect(words('Feuerwehrpräsident Albert Kern', 3, 'en')).toHaveLength(3);
  });

  it('drops a German trade, a sport\'s role or a kin noun before the name ("Torjäger Peter Withe")', () => {
    const words = (text: string, end: number, lang: string) => {
      const tokens = tokenize(text);
      const [s] = trimPersonTitles([{ start: 0, end, type: 'PER' as const }], tokens, lang);
      return s ? tokens.slice(s.start, s.end).map((t) => t.text) : [];
    };
    expect(words('Mathematiker Carl Ludwig Siegel', 4, 'de')).toEqual(['Carl', 'Ludwig', 'Siegel']);
    expect(words('Torjäger Peter Withe', 3, 'de')).toEqual(['Peter', 'Withe']);
    expect(words('Songschreiber Ryan Adams', 3, 'de')).toEqual(['Ryan', 'Adams']);
    expect(words('Philosophin Hannah Arendt', 3, 'de')).toEqual(['Hannah', 'Arendt']);
    expect(words('Stammtorwart Fabio Coltorti', 3, 'de')).toEqual(['Fabio', 'Coltorti']);
    expect(words('Ehemann Beyoncé', 2, 'de')).toEqual(['Beyoncé']);
    // Kin, with a kin prefix or alone ("Mein Adoptivsohn Roan war erst 18 Monate alt").
    expect(words('Adoptivsohn Roan', 2, 'de')).toEqual(['Roan']);
    expect(words('Schwiegermutter Erika Weber', 3, 'de')).toEqual(['Erika', 'Weber']);
    expect(words('Tante Emma', 2, 'de')).toEqual(['Emma']);
    expect(words('Grafen Zinzendorf', 2, 'de')).toEqual(['Zinzendorf']);
    // A family name in "-sohn" is a name, not a son.
    expect(words('Mendelssohn Bartholdy', 2, 'de')).toEqual(['Mendelssohn', 'Bartholdy']);
    // Never the last word: "Jäger" and "Schreiber" are family names too.
    expect(words('Hans Schreiber', 2, 'de')).toEqual(['Hans', 'Schreiber']);
    expect(words('Torjäger Peter Withe', 3, 'en')).toHaveLength(3);
  });

  it('keeps a particle that opens a name or follows an honorific ("M. de Mauroy", "de Gaulle")', () => {
    const words = (text: string, start: number, end: number) => {
      const tokens = tokenize(text);
      const [s] = trimPersonTitles([{ start, end, type: 'PER' as const }], tokens, 'fr');
      return tokens.slice(s?.start, s?.end).map((t) => t.text);
    };
    expect(words('M. de Mauroy', 0, 4)).toEqual(['de', 'Mauroy']);
    expect(words('de Gaulle', 0, 2)).toEqual(['de', 'Gaulle']);
    // A function's "d'État" is no particle of the name after it.
    const blinken = tokenize("secrétaire d'État Antony Blinken");
    const [s] = trimPersonTitles(
      [{ start: 0, end: blinken.length, type: 'PER' as const }],
      blinken,
      'fr',
    );
    expect(blinken.slice(s?.start, s?.end).map((t) => t.text)).not.toContain("d'");
  });

  it('drops capitalised titles in the four languages (President, Bundeskanzler)', () => {
    for (const text of ['President Joe Biden', 'Bundeskanzler Olaf Scholz']) {
      const tokens = tokenize(text);
      const [s] = trimPersonTitles([{ start: 0, end: 3, type: 'PER' as const }], tokens);
      expect(s?.start).toBe(1);
    }
  });

  it('drops a "person" that is only a function (Chinese Vice Premier)', () => {
    const tokens = tokenize('Chinese Vice Premier');
    expect(trimPersonTitles([{ start: 0, end: 3, type: 'PER' as const }], tokens)).toEqual([]);
  });

  it('drops a "person" that does not end in a capitalised word', () => {
    const { tokens, spans } = spansOf('ministre des Affaires étrangères', 0, 4);
    expect(trimPersonTitles(spans, tokens)).toEqual([]);
  });

  it('ends a person at a comma before an apposition ("M. Ador, conseiller fédéral")', () => {
    const tokens = tokenize('M. Ador, conseiller fédéral');
    const [s] = trimPersonTitles(
      [{ start: 0, end: tokens.length, type: 'PER' as const }],
      tokens,
      'fr',
    );
    expect(tokens.slice(s?.start, s?.end).map((t) => t.text)).toEqual(['Ador']);
    // A comma between two capitalised parts stays: "Dupont, Jean" is one name as written.
    const listed = tokenize('Dupont, Jean');
    expect(trimPersonTitles([{ start: 0, end: 3, type: 'PER' as const }], listed)[0]?.end).toBe(3);
  });

  it('keeps other types untouched', () => {
    const tokens = tokenize('la place rouge');
    const spans = [{ start: 0, end: 3, type: 'LOC' as const }];
    expect(trimPersonTitles(spans, tokens)).toEqual(spans);
  });
});

describe('findMentions: a type set by a rule of name writing', () => {
  it("keeps the rule's type and drops the tagger's type scores, no evidence for it", () => {
    const m = findMentions('Author: Michael Anders, PhD, 714 University Hall, Berkeley.', 'en');
    const hall = m.find((x) => x.text === 'University Hall');
    expect(hall?.type).toBe('LOC');
    expect(hall?.typeScores).toBeUndefined();
    expect(m.find((x) => x.text === 'Michael Anders')?.typeScores).toHaveLength(3);
  });
});

describe('honorificPersons', () => {
  const read = (text: string, start: number, end: number, type: 'LOC' | 'ORG', lang = 'fr') => {
    const tokens = tokenize(text);
    return honorificPersons([{ start, end, type }], tokens, lang).map((s) => [
      tokens
        .slice(s.start, s.end)
        .map((t) => t.text)
        .join(' '),
      s.type,
    ]);
  };

  it('reads a French place or organisation opening with an honorific as a person (fr20)', () => {
    // "à" made the tagger read a place: "adresser à M. Lemaitre", "Écrire à Mme Levet".
    expect(read('adresser à M. Lemaitre', 2, 5, 'LOC')).toEqual([['M . Lemaitre', 'PER']]);
    expect(read('adresser à Mme Levet', 2, 4, 'LOC')).toEqual([['Mme Levet', 'PER']]);
    expect(read('Enfin vient M. Merrheim', 2, 5, 'ORG')).toEqual([['M . Merrheim', 'PER']]);
    expect(read('à Monsieur Bodin', 1, 3, 'LOC')).toEqual([['Monsieur Bodin', 'PER']]);
  });

  it('drops an honorific alone, keeps a magazine and other languages', () => {
    expect(read('Écrire à Mme , bureau 3', 2, 3, 'LOC')).toEqual([]);
    expect(read('Écrire à M. , bureau 3', 2, 4, 'LOC')).toEqual([]);
    // An organisation may open with the form of address written out: a magazine.
    expect(read('lu dans Madame Figaro', 2, 4, 'ORG')).toEqual([['Madame Figaro', 'ORG']]);
    expect(read('near Me Lake', 1, 3, 'LOC', 'en')).toEqual([['Me Lake', 'LOC']]);
  });
});

describe('cutBeforeInnerHonorific', () => {
  const cut = (text: string, start: number, end: number, lang = 'fr') => {
    const tokens = tokenize(text);
    return cutBeforeInnerHonorific([{ start, end, type: 'PER' as const }], tokens, lang).map((s) =>
      tokens
        .slice(s.start, s.end)
        .map((t) => t.text)
        .join(' '),
    );
  };

  it('starts a French person at an honorific after its first word (fr20)', () => {
    // The sentence's opening word, or another name, stood before "M." in the tagger's span.
    expect(cut('Mais M. de Mauroy', 0, 5)).toEqual(['M . de Mauroy']);
    expect(cut('Quand M. Laurent', 0, 4)).toEqual(['M . Laurent']);
    expect(cut('Courrèges Mademoiselle Chanel', 0, 3)).toEqual(['Mademoiselle Chanel']);
  });

  it('keeps a name with no honorific inside, an honorific at the end, and English initials', () => {
    expect(cut('Jean de La Fontaine', 0, 4)).toEqual(['Jean de La Fontaine']);
    expect(cut('Dupont et Mme', 0, 3)).toEqual(['Dupont et Mme']);
    expect(cut('Michael J. Fox', 0, 4, 'en')).toEqual(['Michael J . Fox']);
    expect(cut('Quand M. Laurent', 0, 4, 'en')).toEqual(['Quand M . Laurent']);
  });
});

describe('refineContext().known', () => {
  // What knownName answers, looked up whole: the gazetteer's type, else the KB's.
  const lookedUp = (words: readonly string[]) => {
    const name = words.join(' ').replace(/(['’]) /g, '$1');
    return getGazetteer().get(normalizeKey(name)) ?? lookupName(name)?.type;
  };

  it('knows every name of the KB and the gazetteer as the whole lookup does, passing over first words no name opens with', () => {
    const { known } = refineContext('de');
    const names = [
      ...getKb().entries.flatMap(allNames),
      ...ALIASES.flatMap(([, ...n]) => n),
      ...[...getGazetteer().keys()],
      // Spelled as another language transliterates them (the KB's key finds them), in capitals.
      'Wladimir Putin',
      'Sergej Lawrow',
      'Wolodymyr Selenskyj',
      'Andrej Beloussow',
      'Michail Mishustin',
      'Uschakov',
      'EMMANUEL MACRON',
      // Runs of capitalised words no known name opens with (German nouns).
      'Regierung Haus',
      'Bundesregierung Berlin',
      'Zeit Weg',
    ];
    let knownCount = 0;
    for (const name of names) {
      const words = tokenize(name).map((t) => t.text);
      if (!words.length) continue;
      const expected = lookedUp(words);
      expect(known(words), name).toBe(expected);
      if (expected) knownCount++;
    }
    // Not vacuous: nearly every name of the lists is found.
    expect(knownCount).toBeGreaterThan(names.length * 0.9);
    expect(known(['Wladimir', 'Putin'])).toBe('PER');
    // Found by the transliteration key alone: no KB name opens with "andrej" or "uschakov".
    expect(known(['Andrej', 'Beloussow'])).toBe('PER');
    expect(known(['Uschakov'])).toBe('PER');
    expect(known(['Regierung', 'Haus'])).toBeUndefined();
  });
});

describe('a chamber and its members after a body (en47)', () => {
  const words = ['from', 'CBC', 'House', 'members', '.'];
  const cbc = { start: 1, end: 2, type: 'ORG' as const };
  // The tagger read "House" as part of the name: its margin for O there is negative.
  const margins = new Float32Array([-30, 20, 15, -25, -40]);

  it('counts "House members" outside the name, as a title before a person', () => {
    expect(capitalNeighbour(words, cbc, 'en')).toBe(false);
    expect(spanEdge(margins, cbc, words.length, words, 'en')).toBe(30);
  });

  it('not in other languages, nor before another word', () => {
    expect(capitalNeighbour(words, cbc, 'fr')).toBe(true);
    expect(spanEdge(margins, cbc, words.length, words, 'fr')).toBe(-15);
    const other = ['from', 'CBC', 'House', 'today', '.'];
    expect(capitalNeighbour(other, cbc, 'en')).toBe(true);
  });
});

describe('keepNobleTitles: a title of rank before a single name (shown48)', () => {
  it('keeps "Prince Harry", "Lady Gaga" and "Pope Francis" whole, in English and Spanish', () => {
    expect(
      found('Prince Harry visited the school on Monday with his friends.', 'en'),
    ).toContainEqual(['Prince Harry', 'PER']);
    const es = found('La cantante Lady Gaga actuó anoche en Madrid ante miles de personas.', 'es');
    expect(es).toContainEqual(['Lady Gaga', 'PER']);
    expect(es.map(([t]) => t)).not.toContain('Gaga');
  });

  it('in French and German text too, where the English title is the name\'s ("Lady Gaga")', () => {
    const fr = found('La chanteuse Lady Gaga a chanté hier à Paris devant ses fans.', 'fr');
    expect(fr).toContainEqual(['Lady Gaga', 'PER']);
    const de = found(
      'Der Song wurde von Lady Gaga geschrieben und im Sommer veröffentlicht.',
      'de',
    );
    expect(de).toContainEqual(['Lady Gaga', 'PER']);
  });

  it('leaves a name of two words, another span, and lower-case titles as they are', () => {
    const words = [
      ['Prince', 'William', 'Arthur', 'and', 'le', 'prince', 'Harry', 'Queen', 'Mary'],
    ];
    const spans = [
      [
        { start: 1, end: 3, type: 'PER' as const },
        { start: 6, end: 7, type: 'PER' as const },
        { start: 7, end: 8, type: 'ORG' as const },
        { start: 8, end: 9, type: 'PER' as const },
      ],
    ];
    keepNobleTitles(words, spans);
    expect(spans[0]?.map((s) => [s.start, s.end])).toEqual([
      [1, 3],
      [6, 7],
      [7, 8],
      [8, 9],
    ]);
    const alone = [[{ start: 8, end: 9, type: 'PER' as const }]];
    keepNobleTitles(words, alone);
    expect(alone[0]?.[0]).toMatchObject({ start: 7, end: 9 });
  });
});

describe('firms named like persons (shown48)', () => {
  it('reads Fannie Mae, Freddie Mac and the Wall Street banks as organisations', () => {
    const en = found(
      'Shares of Fannie Mae and Freddie Mac fell sharply on Tuesday, Morgan Stanley said.',
      'en',
    );
    expect(en).toEqual([
      ['Fannie Mae', 'ORG'],
      ['Freddie Mac', 'ORG'],
      ['Morgan Stanley', 'ORG'],
    ]);
    const es = found(
      'Entre ellas figuran Goldman Sachs, Merrill Lynch, Nomura y Morgan Stanley.',
      'es',
    );
    expect(es).toContainEqual(['Merrill Lynch', 'ORG']);
    expect(es).toContainEqual(['Morgan Stanley', 'ORG']);
    expect(es.filter(([, t]) => t === 'PER')).toEqual([]);
  });

  it('in a Title Case headline too', () => {
    const text = 'Fannie Mae, Freddie Mac Shares Fall on Senate Wind-Down Plan';
    const shown = findEntities({ lang: 'en', title: text, text })
      .filter((e) => e.shown)
      .map((e) => [e.name, e.type]);
    expect(shown).toEqual([
      ['Fannie Mae', 'ORG'],
      ['Freddie Mac', 'ORG'],
    ]);
  });
});
