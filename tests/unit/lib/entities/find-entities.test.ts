import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/article';
import {
  findEntities,
  OVERRULE_TAG_FROM_CHARS,
  resolveLanguage,
} from '@/lib/entities/find-entities';
import { annotateArticle } from '@/lib/pipeline/annotate';
import { readPage } from '@/lib/pipeline/read-page';
import { GERMAN_TEXT, loadFixture, POLISH_TEXT, SEED_URL } from '../../../helpers';

type Input = Pick<Article, 'lang' | 'text' | 'title'>;

function article(text: string, extra: Partial<Input> = {}): Input {
  return { lang: null, title: null, text, ...extra };
}

describe('the seed page (News 24, French)', () => {
  const page = readPage(loadFixture('news24-putin-pyongyang.fr.html', SEED_URL), SEED_URL);
  if (!page.ok) throw new Error(page.reason);
  const { entities, dates } = annotateArticle(page.article);
  const byName = (name: string) => entities.find((e) => e.name === name);

  it.each([
    ['Kim Jong Un', 'PER'],
    ['Vladimir Poutine', 'PER'],
    ['Antony Blinken', 'PER'],
    ['Jens Stoltenberg', 'PER'],
    ['Sergueï Lavrov', 'PER'],
    ['Pyongyang', 'LOC'],
    ['Corée du Nord', 'LOC'],
    ['Russie', 'LOC'],
    ['Ukraine', 'LOC'],
    ['États-Unis', 'LOC'],
    ['KCNA', 'ORG'],
    ['OTAN', 'ORG'],
  ])('finds %s as %s', (name, type) => {
    expect(byName(name)?.type).toBe(type);
  });

  it('merges "Poutine" into Vladimir Poutine and "Kim" into Kim Jong Un', () => {
    const putin = byName('Vladimir Poutine');
    // Canonical id (lib/kb): Putin's Wikidata QID, the same in every language.
    expect(putin?.id).toBe('per:Q7747');
    expect(putin?.mentions.some((m) => m.text === 'Poutine')).toBe(true);
    expect(byName('Kim Jong Un')?.mentions.some((m) => m.text === 'Kim')).toBe(true);
    expect(entities.filter((e) => e.name === 'Poutine')).toEqual([]);
  });

  it('ranks the people and places of the headline first', () => {
    const top = entities.slice(0, 6).map((e) => e.name);
    expect(top).toEqual(
      expect.arrayContaining(['Kim Jong Un', 'Vladimir Poutine', 'Russie', 'Ukraine', 'Pyongyang']),
    );
    expect(entities[0]?.salience).toBe(1);
  });

  it('gives mention offsets that slice back to the text', () => {
    for (const e of entities) {
      for (const m of e.mentions) expect(page.article.text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('finds the dates, resolved against the publication date', () => {
    expect(dates).toContainEqual(
      expect.objectContaining({ text: 'mercredi', value: '2024-06-19' }),
    );
    expect(dates).toContainEqual(
      expect.objectContaining({ text: 'septembre 2023', value: '2023-09' }),
    );
  });
});

describe('a German page', () => {
  // German's own confidence weights and threshold (fitted on its dev set): with the pooled ones
  // and the English threshold, Hamburg scored 0.74 and was hidden.
  const text =
    'Der Hamburger Senat hat am Dienstag beschlossen, den Hafen auszubauen. Bürgermeister Peter Tschentscher sagte, Hamburg brauche mehr Platz für Containerschiffe. ' +
    'Kritik kam aus Cuxhaven, wo die Elbvertiefung seit Jahren umstritten ist.';

  it('shows the city it names once', () => {
    const hamburg = findEntities(article(text, { lang: 'de' })).find((e) => e.name === 'Hamburg');
    expect(hamburg?.type).toBe('LOC');
    expect(hamburg?.shown).toBe(true);
  });
});

describe('a page in a language the recogniser does not read', () => {
  // Portuguese, read with English's settings: institutions become persons, a month a name.
  const text =
    'O presidente Jair Bolsonaro disse em Setembro que o Congresso Nacional vai votar a proposta. ' +
    'Segundo a Polícia Federal, o ministro Luiz Fux recebeu o relatório em Brasília. ' +
    'Em Maio, Rodrigo Pacheco afirmou que o Brasil e a Argentina vão assinar o acordo na Europa.';
  const entities = findEntities(article(text, { lang: 'pt' }));

  it('shows only what the KB confirms, name and type', () => {
    const shown = entities.filter((e) => e.shown).map((e) => e.name);
    expect(shown.sort()).toEqual(['Argentina', 'Brasil', 'Europa', 'Jair Bolsonaro']);
  });

  it('keeps the rest searchable, hidden', () => {
    const hidden = entities.filter((e) => !e.shown).map((e) => e.name);
    expect(hidden).toContain('Congresso Nacional');
    expect(hidden).toContain('Polícia Federal');
  });
});

describe('findEntities on bad input', () => {
  it('returns nothing for empty or blank text', () => {
    expect(findEntities(article(''))).toEqual([]);
    expect(findEntities(article(' \n\n \t'))).toEqual([]);
  });

  it('returns nothing for a script it does not support', () => {
    const text = '普京抵达平壤，与金正恩举行会谈。俄罗斯和朝鲜签署了条约。'.repeat(50);
    expect(findEntities(article(text))).toEqual([]);
    expect(resolveLanguage(article(text))).toBe('und');
  });

  // Its speed is bench:entities' business; here, that a 1 MB text is read through, not refused.
  it('reads a 1 MB text through', () => {
    const para = 'Vladimir Poutine a rencontré Kim Jong Un à Pyongyang, selon l’agence KCNA. ';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const entities = findEntities(article(text, { lang: 'fr' }));
    expect(entities.find((e) => e.name === 'Vladimir Poutine')?.type).toBe('PER');
  }, 60_000);

  it('finds nothing in a 1 MB run of one lower-case word or of emoji', () => {
    expect(findEntities(article('a'.repeat(1_000_000), { lang: 'en' }))).toEqual([]);
    expect(findEntities(article('🇺🇸 '.repeat(250_000)))).toEqual([]);
  }, 20_000);

  it('still finds names in an all-caps headline and text', () => {
    const text =
      'VLADIMIR POUTINE ARRIVE À PYONGYANG POUR RENCONTRER KIM JONG UN.\n\nLe président russe Vladimir Poutine est arrivé à Pyongyang.';
    const entities = findEntities(article(text, { lang: 'fr' }));
    expect(entities.find((e) => e.type === 'LOC' && /pyongyang/i.test(e.name))).toBeDefined();
    expect(entities.find((e) => e.id === 'per:Q7747')).toBeDefined();
  });

  it('detects the language when the article does not say', () => {
    expect(
      resolveLanguage(
        article('The president of the United States met the German chancellor on Monday.'),
      ),
    ).toBe('en');
    expect(resolveLanguage(article('x', { lang: 'fr-FR' }))).toBe('fr');
    expect(resolveLanguage(article('x', { lang: 'it' }))).toBe('und');
  });

  it('reads a page in the language of its text when its tag clearly says another', () => {
    expect(resolveLanguage(article(GERMAN_TEXT, { lang: 'en-US' }))).toBe('de');
    const shown = findEntities(article(GERMAN_TEXT, { lang: 'en-US' })).filter((e) => e.shown);
    expect(shown.map((e) => e.name)).not.toContain('Weltcupführung von Ryoyu Kobayashi');
    expect(shown.map((e) => e.name)).not.toContain('Zugabe von Ethylen');
    // A text in a language we do not read overrules a tag of ours: a Polish page tagged "es".
    expect(POLISH_TEXT.length).toBeGreaterThanOrEqual(OVERRULE_TAG_FROM_CHARS);
    expect(resolveLanguage(article(POLISH_TEXT, { lang: 'es' }))).toBe('und');
    // A short text keeps its tag: too little to overrule it.
    expect(resolveLanguage(article('Karl Geiger gewann in Willingen.', { lang: 'en' }))).toBe('en');
  });

  // A German blog whose text opens with forty PHP warnings (English, each a little different):
  // read from its first 2,048 characters it was English, and its nouns became names.
  it('does not let repeated boilerplate paragraphs outvote the text', () => {
    const warnings = Array.from(
      { length: 40 },
      (_, i) =>
        `Strict Standards: Non-static method nggGallery::get_option() should not be called statically in /www/htdocs/wp-content/plugins/nextgen-gallery/nggfunctions.php on line ${700 + i}`,
    ).join('\n\n');
    const text = `${warnings}\n\n${GERMAN_TEXT}`;
    expect(resolveLanguage(article(text, { lang: 'de' }))).toBe('de');
    expect(resolveLanguage(article(text))).toBe('de');
  });
});

describe('institutions named by a head and a lower-case qualifier', () => {
  const shown = (text: string, lang: string) =>
    findEntities({ text, lang, title: null })
      .filter((e) => e.shown)
      .map((e) => [e.name, e.type]);

  it('shows French institutions as organisations', () => {
    const found = shown(
      "Le Conseil constitutionnel a censuré la loi. La Cour de cassation a rejeté le pourvoi. Le Conseil d'État a tranché. Le Parti socialiste a voté contre. La Cour des comptes publie un rapport.",
      'fr',
    );
    for (const name of [
      'Conseil constitutionnel',
      'Cour de cassation',
      "Conseil d'État",
      'Parti socialiste',
      'Cour des comptes',
    ]) {
      expect(found).toContainEqual([name, 'ORG']);
    }
  });

  it('shows Spanish ones and English universities and bureaus', () => {
    expect(shown('El Tribunal constitucional anuló la ley.', 'es')).toContainEqual([
      'Tribunal constitucional',
      'ORG',
    ]);
    const en = shown('She studied at Clemson University and worked for the Census Bureau.', 'en');
    expect(en).toContainEqual(['Clemson University', 'ORG']);
    expect(en).toContainEqual(['Census Bureau', 'ORG']);
  });

  it('shows no verb after a capitalised subject', () => {
    expect(
      shown('La Cour explique sa décision. Le Conseil indique que la loi est valide.', 'fr'),
    ).toEqual([]);
  });
});

describe('findEntities: a French town after a contracted article (en47)', () => {
  const names = (text: string) =>
    findEntities({ lang: 'fr', title: null, text }).map((e) => [e.id, e.name]);

  it('names "du Havre" Le Havre, with the id of "Le Havre"', () => {
    const text =
      'Il aurait pu conclure en 2011 des contrats entre MSC et le port du Havre. Le contrat a été signé.';
    expect(names(text)).toContainEqual(['loc:le-havre', 'Le Havre']);
    expect(names(text).map(([, n]) => n)).not.toContain('Havre');
  });

  it('makes one entity of "du Havre" and "Le Havre"', () => {
    const e = findEntities({
      lang: 'fr',
      title: null,
      text: 'Le port du Havre a signé un contrat. Le Havre attend encore la suite.',
    }).filter((x) => /Havre/.test(x.name));
    expect(e.map((x) => x.name)).toEqual(['Le Havre']);
    expect(e[0]?.mentions).toHaveLength(2);
  });

  it('leaves a place not on the list, and other languages, alone', () => {
    expect(
      names('Le village du Sahel attend la pluie depuis des mois.').map(([, n]) => n),
    ).not.toContain('Le Sahel');
    const en = findEntities({
      lang: 'en',
      title: null,
      text: 'The port du Havre was busy. Ships came from Havre every day.',
    }).map((x) => x.name);
    expect(en).not.toContain('Le Havre');
  });
});
