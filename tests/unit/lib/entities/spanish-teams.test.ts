import { describe, expect, it } from 'vitest';
import { isCountryName } from '@/lib/entities/gazetteer';
import {
  alignSpanishClubs,
  alignSpanishTeams,
  numberedPlayers,
  splitJoinedCapsNames,
} from '@/lib/entities/spanish-teams';
import type { EntityType } from '@/lib/entities/tags';
import { afterDocumentRule, refined, spanOf, wordsOf } from './token-spans';

/** The article's sentences, tagged [words, type], after the team rule, read back. */
function aligned(texts: string[], tagged: [string, EntityType][][]): [string, EntityType][][] {
  return afterDocumentRule(texts, tagged, (sentences, spans) =>
    alignSpanishTeams(sentences, spans),
  );
}

describe('alignSpanishTeams: a name that is twice a side of a match is a team', () => {
  it('retypes it in every sentence: "SAPRISSA 0-1 HEREDIANO", "Herediano vs San Carlos"', () => {
    expect(
      aligned(
        [
          'Herediano logró su quinta victoria al hilo .',
          'SAPRISSA 0-1 HEREDIANO',
          'Herediano vs San Carlos ( 8 pm )',
          'Pérez Zeledón vs. Guanacasteca ( 5 pm )',
        ],
        [
          [['Herediano', 'PER']],
          [
            ['SAPRISSA', 'LOC'],
            ['HEREDIANO', 'PER'],
          ],
          [
            ['Herediano', 'PER'],
            ['San Carlos', 'LOC'],
          ],
          [['Pérez Zeledón', 'PER']],
        ],
      ),
    ).toEqual([
      [['Herediano', 'ORG']],
      [
        ['SAPRISSA', 'LOC'],
        ['HEREDIANO', 'ORG'],
      ],
      [
        ['Herediano', 'ORG'],
        ['San Carlos', 'LOC'],
      ],
      [['Pérez Zeledón', 'PER']],
    ]);
  });

  it('reads each side followed by its points: "Real Madrid 83 - Adecco Estudiantes 73"', () => {
    const pair: [string, EntityType][] = [
      ['Real Madrid', 'ORG'],
      ['Adecco Estudiantes', 'PER'],
    ];
    expect(
      aligned(
        ['Real Madrid 83 - Adecco Estudiantes 73', 'Real Madrid , 74 - Adecco Estudiantes , 76'],
        [pair, pair],
      ),
    ).toEqual([
      [
        ['Real Madrid', 'ORG'],
        ['Adecco Estudiantes', 'ORG'],
      ],
      [
        ['Real Madrid', 'ORG'],
        ['Adecco Estudiantes', 'ORG'],
      ],
    ]);
  });

  it('leaves a name that is a side once (a tennis result), and a score with no name beside', () => {
    expect(
      aligned(
        ['Federer 6-4 Nadal en la final .', 'Nadal ganó 3-1 .'],
        [
          [
            ['Federer', 'PER'],
            ['Nadal', 'PER'],
          ],
          [['Nadal', 'PER']],
        ],
      ),
    ).toEqual([
      [
        ['Federer', 'PER'],
        ['Nadal', 'PER'],
      ],
      [['Nadal', 'PER']],
    ]);
  });
});

describe("numberedPlayers: a name after a line-up's shirt number is a player", () => {
  /** The rule over one sentence's spans, given as [words, type]; read back as [words, type]. */
  function players(text: string, tagged: [string, EntityType][], lang = 'es') {
    const words = wordsOf(text);
    const spans = tagged.map(([part, type]) => spanOf(words, part, type));
    return numberedPlayers(words, spans, lang, (ws) =>
      ws.join(' ') === 'Costa Rica' ? 'LOC' : undefined,
    ).map((s) => [words.slice(s.start, s.end).join(' '), s.type]);
  }

  it('retypes an organisation or a place after "(30-", ", 7-", "sale por 13-"', () => {
    expect(
      players("10-Bryan Vega (6) (30-Giovannie Clunie 70' (5.5)), 7-Lauro Cazal (6)", [
        ['Giovannie Clunie', 'ORG'],
        ['Lauro Cazal', 'LOC'],
      ]),
    ).toEqual([
      ['Giovannie Clunie', 'PER'],
      ['Lauro Cazal', 'PER'],
    ]);
    expect(
      players('99-Joshua Parra sale por 13-Enyell Escoe (7)', [['Enyell Escoe', 'ORG']]),
    ).toEqual([['Enyell Escoe', 'PER']]);
  });

  it('leaves the team before its colon, a name the KB knows, a number with no opener', () => {
    expect(players('3-Alajuelense: 23- Leonel Moreira(6)', [['Alajuelense', 'ORG']])).toEqual([
      ['Alajuelense', 'ORG'],
    ]);
    expect(players('Goles: 1-Costa Rica (2)', [['Costa Rica', 'LOC']])).toEqual([
      ['Costa Rica', 'LOC'],
    ]);
    expect(
      players('23 - Portland San Antonio ( 13+10 ) : Norklit', [['Portland San Antonio', 'ORG']]),
    ).toEqual([['Portland San Antonio', 'ORG']]);
    expect(players('Gales , 0 - Alcorcón , 3', [['Alcorcón', 'LOC']])).toEqual([
      ['Alcorcón', 'LOC'],
    ]);
    expect(players('la ley 7 - Hacienda (3)', [['Hacienda', 'ORG']])).toEqual([
      ['Hacienda', 'ORG'],
    ]);
    expect(players('(30-Giovannie Clunie 70)', [['Giovannie Clunie', 'ORG']], 'fr')).toEqual([
      ['Giovannie Clunie', 'ORG'],
    ]);
  });

  it('runs among the span rules of refineSpans', () => {
    expect(refined("(30-Giovannie Clunie 70' (5.5))", [['Giovannie Clunie', 'ORG']], 'es')).toEqual(
      [['Giovannie Clunie', 'PER']],
    );
  });
});

describe('alignSpanishClubs: in a sports report, a town after "el", "del", "al" is a club', () => {
  /** The article's sentences, tagged [words, type], after the club rule, read back. */
  function clubs(texts: string[], tagged: [string, EntityType][][]): [string, EntityType][][] {
    return afterDocumentRule(texts, tagged, (sentences, spans) =>
      alignSpanishClubs(sentences, spans, isCountryName),
    );
  }
  const report = [
    'El Valencia ganó la liga con un gol del delantero en el estadio .',
    'El entrenador celebró el empate de la jornada y el gol de Valencia .',
  ];

  it('retypes the town in every sentence of the article: "El Valencia ganó"', () => {
    expect(clubs(report, [[['Valencia', 'LOC']], [['Valencia', 'LOC']]])).toEqual([
      [['Valencia', 'ORG']],
      [['Valencia', 'ORG']],
    ]);
  });

  it('keeps a town a mention of which follows a preposition of place ("en Valencia")', () => {
    const town = [
      report[0] as string,
      'El partido se jugó en Valencia ante el portero del equipo .',
    ];
    expect(clubs(town, [[['Valencia', 'LOC']], [['Valencia', 'LOC']]])).toEqual([
      [['Valencia', 'LOC']],
      [['Valencia', 'LOC']],
    ]);
  });

  it('keeps a country, which takes the article as a place ("el Perú"), and other texts', () => {
    const peru = ['El Perú ganó la liga con un gol del delantero en el estadio y el empate .'];
    expect(clubs(peru, [[['Perú', 'LOC']]])).toEqual([[['Perú', 'LOC']]]);
    const politics = ['El Valencia de los años veinte creció con el puerto y la industria .'];
    expect(clubs(politics, [[['Valencia', 'LOC']]])).toEqual([[['Valencia', 'LOC']]]);
  });
});

describe('splitJoinedCapsNames: two clubs run into one name in a table in capitals', () => {
  const split = (texts: string[], tagged: [string, EntityType][][]) => {
    return afterDocumentRule(texts, tagged, (sentences, spans) =>
      splitJoinedCapsNames(sentences, spans),
    );
  };

  it('cuts the champion the article names alone from the runner-up after it', () => {
    expect(
      split(
        [
          '1995 ELGORRIAGA BIDASOA FC BARCELONA ( 2 )',
          '1996 FC BARCELONA TEKA SANTANDER ( 2 ) 1998 FC BARCELONA PORTLAND S. ANTONIO ( 1 )',
        ],
        [
          [
            ['ELGORRIAGA BIDASOA', 'ORG'],
            ['FC BARCELONA', 'ORG'],
          ],
          [
            ['FC BARCELONA TEKA SANTANDER', 'ORG'],
            ['FC BARCELONA PORTLAND S. ANTONIO', 'ORG'],
          ],
        ],
      )[1],
    ).toEqual([
      ['FC BARCELONA', 'ORG'],
      ['TEKA SANTANDER', 'ORG'],
      ['FC BARCELONA', 'ORG'],
      ['PORTLAND S . ANTONIO', 'ORG'],
    ]);
  });

  it('keeps a longer name with a link, one in lower case, and one the article never cuts', () => {
    const texts = [
      'REAL MADRID gana .',
      'REAL MADRID CLUB DE FUTBOL presenta sus cuentas .',
      'Real Madrid Baloncesto Club Deportivo gana .',
      'BANCO SANTANDER CENTRAL HISPANO sube .',
    ];
    const tagged: [string, EntityType][][] = [
      [['REAL MADRID', 'ORG']],
      [['REAL MADRID CLUB DE FUTBOL', 'ORG']],
      [['Real Madrid Baloncesto Club Deportivo', 'ORG']],
      [['BANCO SANTANDER CENTRAL HISPANO', 'ORG']],
    ];
    expect(split(texts, tagged)).toEqual(tagged.map((list) => list.map(([w, t]) => [w, t])));
  });
});
