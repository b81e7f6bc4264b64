import { describe, expect, it } from 'vitest';
import { alignSpanishTeams } from '@/lib/entities/spanish-teams';
import type { EntityType, TokenSpan } from '@/lib/entities/tags';
import { spanOf, wordsOf } from './token-spans';

/** The article's sentences, tagged [words, type], after the team rule, read back. */
function aligned(texts: string[], tagged: [string, EntityType][][]): [string, EntityType][][] {
  const sentences = texts.map(wordsOf);
  const spans: TokenSpan[][] = sentences.map((ws, k) =>
    (tagged[k] ?? []).map(([part, type]) => spanOf(ws, part, type)),
  );
  alignSpanishTeams(sentences, spans);
  return spans.map((ss, k) =>
    ss.map((s) => [(sentences[k] as string[]).slice(s.start, s.end).join(' '), s.type]),
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
