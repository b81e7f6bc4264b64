import { describe, expect, it } from 'vitest';
import { refined } from './token-spans';

describe('refineSpans: a company word makes a "person" an organisation', () => {
  it.each([
    ['The bid by Gulf Oil failed.', 'Gulf Oil'],
    ['Advisers at Salomon Brothers agreed.', 'Salomon Brothers'],
    ['She studied at Texas Tech.', 'Texas Tech'],
  ])('"%s": %s', (text, name) => {
    expect(refined(text, [[name, 'PER']])).toEqual([[name, 'ORG']]);
  });

  it('leaves a person whose name only opens with such a word, or whom the KB knows', () => {
    expect(refined('Oil Smith spoke.', [['Oil Smith', 'PER']])).toEqual([['Oil Smith', 'PER']]);
    const kbPerson = () => 'PER' as const;
    expect(refined('Then Bob Group spoke.', [['Bob Group', 'PER']], 'en', kbPerson)).toEqual([
      ['Bob Group', 'PER'],
    ]);
  });
});

describe('refineSpans: a nationality before a name is no part of it', () => {
  it('drops the nationality noun after an article, read into the person or as a place', () => {
    expect(
      refined(
        'Elle a battu la Britannique Emma Raducanu hier.',
        [['Britannique Emma Raducanu', 'PER']],
        'fr',
      ),
    ).toEqual([['Emma Raducanu', 'PER']]);
    expect(
      refined(
        'Le Suisse Roger Federer a gagné.',
        [
          ['Suisse', 'LOC'],
          ['Roger Federer', 'PER'],
        ],
        'fr',
      ),
    ).toEqual([['Roger Federer', 'PER']]);
  });

  it('keeps a first name that is a place ("Georgia Harrison") and a name without an article', () => {
    expect(
      refined(
        'Then Georgia Harrison spoke.',
        [
          ['Georgia', 'LOC'],
          ['Harrison', 'PER'],
        ],
        'en',
      ),
    ).toEqual([['Georgia Harrison', 'PER']]);
    expect(
      refined(
        'Selon Britannique Emma Raducanu, non.',
        [['Britannique Emma Raducanu', 'PER']],
        'fr',
      ),
    ).toEqual([['Britannique Emma Raducanu', 'PER']]);
  });
});

describe('refineSpans: family-name particles and quotes', () => {
  it('takes in "von der" and "den" with the family name after them', () => {
    expect(
      refined(
        'Hier, Ursula von der Leyen et Hendryck Van den Brande ont parlé.',
        [
          ['Ursula', 'PER'],
          ['Hendryck Van', 'PER'],
          ['Brande', 'PER'],
        ],
        'fr',
      ),
    ).toEqual([
      ['Ursula von der Leyen', 'PER'],
      ['Hendryck Van den Brande', 'PER'],
    ]);
  });

  it('finds the whole name where the tagger read no word of it but the family name', () => {
    expect(refined('Ursula von der Leyen a parlé.', [], 'fr')).toEqual([
      ['Ursula von der Leyen', 'PER'],
    ]);
    expect(refined('Ursula von der Leyen a parlé.', [['Leyen', 'PER']], 'fr')).toEqual([
      ['Ursula von der Leyen', 'PER'],
    ]);
    // An article is no first name; "der" opens no particle; in German "von" is a preposition.
    expect(refined('The von Trapp family sang.', [], 'en')).toEqual([]);
    expect(refined('Die Details der Finanzierung.', [], 'en')).toEqual([]);
    expect(refined('Die Verbindung von Hamburg fehlt.', [], 'de')).toEqual([]);
  });

  it('leaves "de" and "del", which also join a person to a club ("Pérez del Real Madrid")', () => {
    expect(
      refined(
        'Marcó Pérez del Real Madrid.',
        [
          ['Pérez', 'PER'],
          ['Real Madrid', 'ORG'],
        ],
        'es',
      ),
    ).toEqual([
      ['Pérez', 'PER'],
      ['Real Madrid', 'ORG'],
    ]);
  });

  it('drops a quote the span opens and does not close, and keeps a pair', () => {
    expect(
      refined('Subió la " London Stock Exchange hoy.', [['" London Stock Exchange', 'ORG']], 'es'),
    ).toEqual([['London Stock Exchange', 'ORG']]);
    expect(refined('El " Reforma " dijo.', [['" Reforma "', 'ORG']], 'es')).toEqual([
      ['" Reforma "', 'ORG'],
    ]);
  });
});

describe('refineSpans: a form of address is no name', () => {
  it('drops "Sa Majesté" alone and keeps the name after it', () => {
    expect(refined("C'est là que Sa Majesté a parlé.", [['Sa Majesté', 'PER']], 'fr')).toEqual([]);
    expect(
      refined(
        'Cette semaine, Sa Majesté Georges V a ouvert la session.',
        [['Sa Majesté Georges V', 'PER']],
        'fr',
      ),
    ).toEqual([['Georges V', 'PER']]);
    expect(refined('Then His Holiness spoke.', [['His Holiness', 'PER']], 'en')).toEqual([]);
  });
});
