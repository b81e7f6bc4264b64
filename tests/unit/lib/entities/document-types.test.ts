import { describe, expect, it } from 'vitest';
import {
  alignArticleNames,
  alignBracketAcronyms,
  dropCapsAcronymPersons,
  alignDocumentTypes,
} from '@/lib/entities/document-types';
import type { EntityType, TokenSpan } from '@/lib/entities/tags';
import { spanOf, wordsOf } from './token-spans';

type Known = (words: readonly string[]) => EntityType | undefined;

/** `align` over sentences with their spans as [words, type]; read back per sentence. */
function alignedBy(
  align: typeof alignDocumentTypes,
  sentences: [string, [string, EntityType][]][],
  known: Known = () => undefined,
): [string, EntityType][][] {
  const words = sentences.map(([text]) => wordsOf(text));
  const spans: TokenSpan[][] = sentences.map(([, tagged], k) =>
    tagged.map(([part, type]) => spanOf(words[k] as string[], part, type)),
  );
  align(words, spans, known);
  return spans.map((list, k) =>
    list.map((s) => [(words[k] as string[]).slice(s.start, s.end).join(' '), s.type]),
  );
}

/** alignDocumentTypes over sentences with their spans as [words, type]; read back per sentence. */
const aligned = (sentences: [string, [string, EntityType][]][], known?: Known) =>
  alignedBy(alignDocumentTypes, sentences, known);

describe('alignDocumentTypes: a surname alone is the person named in full', () => {
  it('types the surname alone as the person, whatever the tagger read', () => {
    expect(
      aligned([
        ['El torero Javier Castaño cortó una oreja.', [['Javier Castaño', 'PER']]],
        ['Todo en Castaño es verdad.', [['Castaño', 'LOC']]],
        ['El Baggio de Castaño no.', [['Castaño', 'ORG']]],
      ]),
    ).toEqual([[['Javier Castaño', 'PER']], [['Castaño', 'PER']], [['Castaño', 'PER']]]);
  });

  it('leaves a word the KB knows, and two names read as one', () => {
    const sentences: [string, [string, EntityType][]][] = [
      ['Alexander Lebed Chechnya talks.', [['Lebed Chechnya', 'PER']]],
      [
        'Lebed flew to Chechnya.',
        [
          ['Lebed', 'PER'],
          ['Chechnya', 'LOC'],
        ],
      ],
    ];
    expect(aligned(sentences)[1]).toEqual([
      ['Lebed', 'PER'],
      ['Chechnya', 'LOC'],
    ]);
    const known = (w: readonly string[]) => (w.join(' ') === 'Paris' ? 'LOC' : undefined);
    expect(
      aligned(
        [
          ['Paris Hilton arrived.', [['Paris Hilton', 'PER']]],
          [
            'Hilton flew to Paris.',
            [
              ['Hilton', 'PER'],
              ['Paris', 'LOC'],
            ],
          ],
        ],
        known,
      )[1],
    ).toEqual([
      ['Hilton', 'PER'],
      ['Paris', 'LOC'],
    ]);
  });

  it('takes no surname from a full name whose first word the article writes in lower case', () => {
    expect(
      aligned([
        ['Le Fonds Lausanne paie.', [['Fonds Lausanne', 'PER']]],
        ['Les fonds vont à Lausanne.', [['Lausanne', 'LOC']]],
      ])[1],
    ).toEqual([['Lausanne', 'LOC']]);
  });
});

describe('alignBracketAcronyms: an acronym defined in brackets is the organisation everywhere', () => {
  const acronyms = (sentences: [string, [string, EntityType][]][], known?: Known) =>
    alignedBy(alignBracketAcronyms, sentences, known);
  const defining: [string, [string, EntityType][]] = [
    'Intervino la Dirección de Prevención de Robo de Vehículos ( Diprove ) ayer.',
    [
      ['Dirección de Prevención de Robo de Vehículos', 'ORG'],
      ['Diprove', 'ORG'],
    ],
  ];

  it('types the acronym alone elsewhere as the organisation', () => {
    expect(
      acronyms([defining, ['Según Diprove , el auto fue robado.', [['Diprove', 'LOC']]]]),
    ).toEqual([
      [
        ['Dirección de Prevención de Robo de Vehículos', 'ORG'],
        ['Diprove', 'ORG'],
      ],
      [['Diprove', 'ORG']],
    ]);
  });

  it('leaves a word the KB knows as another type, and one no organisation defined', () => {
    const kbPlace = (w: readonly string[]) => (w[0] === 'Diprove' ? ('LOC' as const) : undefined);
    const later: [string, [string, EntityType][]] = ['Según Diprove , nada.', [['Diprove', 'LOC']]];
    expect(acronyms([defining, later], kbPlace)[1]).toEqual([['Diprove', 'LOC']]);
    expect(
      acronyms([
        [
          'Vive en el Club de Lima ( Moca ) hoy.',
          [
            ['Club de Lima', 'ORG'],
            ['Moca', 'ORG'],
          ],
        ],
        ['Según Moca , nada.', [['Moca', 'LOC']]],
      ])[1],
    ).toEqual([['Moca', 'LOC']]);
  });
});

describe('alignArticleNames: a name written with its article takes it where the tagger cut it (frs31)', () => {
  const article = (sentences: [string, [string, EntityType][]][]) =>
    alignedBy((w, s) => alignArticleNames(w, s), sentences);
  it('"El Espectador" mid-sentence: "El" + "Espectador" elsewhere is the paper, its type kept', () => {
    expect(
      article([
        ['El Espectador conoció tres documentos.', [['Espectador', 'ORG']]],
        ['Los borradores que conoció El Espectador recogen.', [['El Espectador', 'ORG']]],
        ['Al que tuvo acceso El Espectador, se investigarán.', [['Espectador', 'ORG']]],
      ]),
    ).toEqual([[['El Espectador', 'ORG']], [['El Espectador', 'ORG']], [['El Espectador', 'ORG']]]);
  });
  it('not without the name with its article mid-sentence, nor a lower-case article', () => {
    expect(
      article([
        ['El Espectador conoció tres documentos.', [['Espectador', 'ORG']]],
        ['Lo dijo el Espectador ayer.', [['Espectador', 'ORG']]],
      ]),
    ).toEqual([[['Espectador', 'ORG']], [['Espectador', 'ORG']]]);
  });
});

describe('dropCapsAcronymPersons: a one-word "person" the article writes in capitals is an acronym (frs33)', () => {
  const caps = (sentences: [string, [string, EntityType][]][], known?: Known) =>
    alignedBy(dropCapsAcronymPersons, sentences, known);

  it('drops every mention of the word ("Comisario UNAFUT" beside "Unafut")', () => {
    expect(
      caps([
        [
          'Comisario UNAFUT : Fernando Quesada .',
          [
            ['UNAFUT', 'PER'],
            ['Fernando Quesada', 'PER'],
          ],
        ],
        [
          'Comisario Unafut : Fabricio Chávez .',
          [
            ['Unafut', 'PER'],
            ['Fabricio Chávez', 'PER'],
          ],
        ],
        ['La Unafut habló .', [['Unafut', 'ORG']]],
      ]),
    ).toEqual([[['Fernando Quesada', 'PER']], [['Fabricio Chávez', 'PER']], []]);
    // Read mostly as a body: left as read.
    const body: [string, [string, EntityType][]][] = [
      [
        'Comisario UNAFUT : Fernando Quesada .',
        [
          ['UNAFUT', 'ORG'],
          ['Fernando Quesada', 'PER'],
        ],
      ],
      [
        'Comisario Unafut : Fabricio Chávez .',
        [
          ['Unafut', 'PER'],
          ['Fabricio Chávez', 'PER'],
        ],
      ],
      ['La Unafut habló .', [['Unafut', 'ORG']]],
    ];
    expect(caps(body)).toEqual(body.map(([, spans]) => spans));
  });

  it('leaves a surname after a given name, in a full name, a headline, initials, a given name and a known word', () => {
    const kept: [string, [string, EntityType][]][][] = [
      // After a given name: a person's surname.
      [
        ['Lo dijo Juan GARCÍA ayer .', [['GARCÍA', 'PER']]],
        ['García llegó .', [['García', 'PER']]],
      ],
      // The last word of a full name of the article.
      [
        ['Kab NIANG , crédit photo .', [['Kab NIANG', 'PER']]],
        ['Selon NIANG , non .', [['NIANG', 'PER']]],
      ],
      // A sentence in capitals: a headline.
      [
        ['LE PRÉSIDENT MORALES PARLE', [['MORALES', 'PER']]],
        ['Morales habló .', [['Morales', 'PER']]],
      ],
      // A person's initials.
      [
        ['Juan Orlando Hernández , el expresidente .', [['Juan Orlando Hernández', 'PER']]],
        ['Lo dijo JOH ayer .', [['JOH', 'PER']]],
      ],
      // A given name.
      [['Habló ANA ayer .', [['ANA', 'PER']]]],
    ];
    for (const doc of kept) {
      expect(caps(doc)).toEqual(doc.map(([, spans]) => spans));
    }
    const kbPerson = (w: readonly string[]) => (w[0] === 'Morales' ? ('PER' as const) : undefined);
    const doc: [string, [string, EntityType][]][] = [
      ['Habló MORALES ayer .', [['MORALES', 'PER']]],
      ['Morales habló .', [['Morales', 'PER']]],
    ];
    expect(caps(doc, kbPerson)[1]).toEqual([['Morales', 'PER']]);
  });
});
