import { describe, expect, it } from 'vitest';
import { collectDocumentStats } from '@/lib/entities/features';
import { capitalNeighbour, spanEdge } from '@/lib/entities/find-mentions';
import { joinRecurringFirstWords } from '@/lib/entities/tag-document';
import type { TokenSpan } from '@/lib/entities/tags';
import { refined, spanOf, wordsOf } from './token-spans';

describe('a person named inside a place name', () => {
  it('makes one place of a person and the capitalised words and place word after him', () => {
    expect(refined('The parade crossed Ri Chol Man Square on Monday.', [['Ri', 'PER']])).toEqual([
      ['Ri Chol Man Square', 'LOC'],
    ]);
  });

  it('joins a person and a place the tagger read next to each other', () => {
    expect(
      refined('They met on Ri Chol Man Square at noon.', [
        ['Ri', 'PER'],
        ['Chol Man Square', 'LOC'],
      ]),
    ).toEqual([['Ri Chol Man Square', 'LOC']]);
  });

  it('leaves a person before a place apart when a word stands between them', () => {
    expect(
      refined('Ri said Chol Man Square was closed.', [
        ['Ri', 'PER'],
        ['Chol Man Square', 'LOC'],
      ]),
    ).toEqual([
      ['Ri', 'PER'],
      ['Chol Man Square', 'LOC'],
    ]);
  });
});

describe('a place word, "de" and a name make one place', () => {
  it('finds "Monument de la Résistance" the tagger missed', () => {
    expect(
      refined('Il a déposé une gerbe au Monument de la Résistance, dédié aux soldats.', [], 'fr'),
    ).toEqual([['Monument de la Résistance', 'LOC']]);
  });

  it('takes in the name the tagger read alone after the link words', () => {
    expect(
      refined(
        'Ils se sont retrouvés devant le Palais des Congrès hier.',
        [['Congrès', 'ORG']],
        'fr',
      ),
    ).toEqual([['Palais des Congrès', 'LOC']]);
  });

  it('leaves a race alone, and a name the KB gives another type to the KB', () => {
    expect(refined('Il a couru le Tour de France deux fois.', [], 'fr')).toEqual([]);
    expect(
      refined('Il a vu la Place de Mayo.', [], 'fr', (w) =>
        w.join(' ') === 'Place de Mayo' ? 'ORG' : undefined,
      ),
    ).toEqual([['Place de Mayo', 'ORG']]);
  });
});

describe('a first word the tagger left out of a recurring name', () => {
  const join = (sentences: string[][], spans: TokenSpan[][], lang = 'en') => {
    joinRecurringFirstWords(sentences, spans, collectDocumentStats(sentences), lang);
    return spans.map((list, k) =>
      list.map((s) => [(sentences[k] as string[]).slice(s.start, s.end).join(' '), s.type]),
    );
  };

  it('joins a capitalised word always written before the same person ("Tiger Woods")', () => {
    const sentences = [
      wordsOf('Lion Hartley wins the Open'),
      wordsOf('Lion Hartley won the Open on Sunday .'),
      wordsOf('Hartley said it was his best win .'),
    ];
    const spans = [
      [spanOf(sentences[0]!, 'Hartley', 'PER')],
      [spanOf(sentences[1]!, 'Hartley', 'ORG')],
      [spanOf(sentences[2]!, 'Hartley', 'PER')],
    ];
    expect(join(sentences, spans)).toEqual([
      [['Lion Hartley', 'PER']],
      [['Lion Hartley', 'PER']],
      [['Hartley', 'PER']],
    ]);
  });

  it('leaves a word the article also writes elsewhere or in lower case', () => {
    const elsewhere = [
      wordsOf('Lion Hartley wins'),
      wordsOf('Lion Hartley won .'),
      wordsOf('Lion roars .'),
    ];
    const lower = [wordsOf('Lion Hartley wins'), wordsOf('Lion Hartley saw a lion .')];
    const hartley = (s: string[][]) => s.map((w) => [spanOf(w, 'Hartley', 'PER')]);
    expect(join(elsewhere, [...hartley(elsewhere.slice(0, 2)), []])[0]).toEqual([
      ['Hartley', 'PER'],
    ]);
    expect(join(lower, hartley(lower))[0]).toEqual([['Hartley', 'PER']]);
  });

  it('leaves a title and a noun after an article ("Premier Consul", "l\'Allemand Uwe")', () => {
    const title = [wordsOf('Premier Consul Bonaparte'), wordsOf('Premier Consul Bonaparte .')];
    const consul = title.map((w) => [spanOf(w, 'Consul Bonaparte', 'PER')]);
    expect(join(title, consul, 'fr')[0]).toEqual([['Consul Bonaparte', 'PER']]);
    const noun = [wordsOf("l'Allemand Uwe Seeler a marqué"), wordsOf("l'Allemand Uwe Seeler .")];
    const uwe = noun.map((w) => [spanOf(w, 'Uwe Seeler', 'PER')]);
    expect(join(noun, uwe, 'fr')[0]).toEqual([['Uwe Seeler', 'PER']]);
    // Old newspapers' tokens: "l", "'", "Allemand".
    const split = noun.map((w) => w.flatMap((x) => (x === "l'" ? ['l', "'"] : [x])));
    const uwe2 = split.map((w) => [spanOf(w, 'Uwe Seeler', 'PER')]);
    expect(join(split, uwe2, 'fr')[0]).toEqual([['Uwe Seeler', 'PER']]);
  });

  it('needs the word twice', () => {
    const once = [wordsOf('Lion Hartley won .')];
    expect(join(once, [[spanOf(once[0]!, 'Hartley', 'PER')]])).toEqual([[['Hartley', 'PER']]]);
  });
});

describe('a title before a person is no sign of a name cut short', () => {
  const words = wordsOf('He appointed General Mara Ellison , to oversee it .');
  const span = spanOf(words, 'Mara Ellison', 'PER');
  // The tagger read "General" as part of a name (positive margin there).
  const margins = new Float32Array(words.length).fill(-50);
  margins[2] = 12;

  it('reads no capitalised neighbour and a sure edge on the title side', () => {
    expect(capitalNeighbour(words, span, 'en')).toBe(false);
    expect(spanEdge(margins, span, words.length, words, 'en')).toBe(40);
  });

  it('reads a title of several words the same way ("Secretary of State")', () => {
    const titled = wordsOf('In Lima , Secretary of State Mara Ellison said it .');
    expect(capitalNeighbour(titled, spanOf(titled, 'Mara Ellison', 'PER'), 'en')).toBe(false);
  });

  it('still reads a capitalised word that is no title', () => {
    const other = wordsOf('He appointed Generali Mara Ellison , to oversee it .');
    expect(capitalNeighbour(other, spanOf(other, 'Mara Ellison', 'PER'), 'en')).toBe(true);
    expect(spanEdge(margins, spanOf(other, 'Mara Ellison', 'PER'), other.length, other, 'en')).toBe(
      -12,
    );
  });
});

describe('a street word before a name is part of the place (French)', () => {
  it('takes the street word and its link words into the place the tagger read', () => {
    expect(
      refined(
        'Il habite 13, rue du Vicaire, à Rennes.',
        [
          ['Vicaire', 'LOC'],
          ['Rennes', 'LOC'],
        ],
        'fr',
      ),
    ).toEqual([
      ['rue du Vicaire', 'LOC'],
      ['Rennes', 'LOC'],
    ]);
    expect(refined("Il traversait la place de l'Horloge.", [['Horloge', 'LOC']], 'fr')).toEqual([
      ["place de l' Horloge", 'LOC'],
    ]);
  });

  it('leaves an organisation after "place" (its rank: "la place de Tesla sur le marché")', () => {
    expect(refined('Il mesure la place de Tesla sur le marché.', [['Tesla', 'ORG']], 'fr')).toEqual(
      [['Tesla', 'ORG']],
    );
  });

  it('finds a street the tagger missed', () => {
    expect(refined('Elle demeure quai Cassard, au 4.', [], 'fr')).toEqual([
      ['quai Cassard', 'LOC'],
    ]);
  });

  it('leaves a person after "place" (a rank), a known town after a link word, and English', () => {
    expect(
      refined('La seconde place de Melchior Mauri compte.', [['Melchior Mauri', 'PER']], 'fr'),
    ).toEqual([['Melchior Mauri', 'PER']]);
    expect(
      refined('Il tient la place de la Suisse.', [['Suisse', 'LOC']], 'fr', (w) =>
        w.join(' ') === 'Suisse' ? 'LOC' : undefined,
      ),
    ).toEqual([['Suisse', 'LOC']]);
    expect(refined('He took a square Mars bar.', [['Mars', 'ORG']], 'en')).toEqual([
      ['Mars', 'ORG'],
    ]);
  });
});
