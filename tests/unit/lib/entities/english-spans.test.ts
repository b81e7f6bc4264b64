import { describe, expect, it } from 'vitest';
import {
  alignCompanies,
  alignEnglishDocument,
  alignPlaceSurnames,
  isDemonym,
} from '@/lib/entities/english-spans';
import type { EntityType } from '@/lib/entities/tags';
import { afterDocumentRule, refined } from './token-spans';

describe('refineSpans (English): months and days name nothing', () => {
  it('drops a month or a day alone, and one opening a name', () => {
    expect(
      refined('Sales rose in July, they said on Friday.', [
        ['July', 'PER'],
        ['Friday', 'ORG'],
      ]),
    ).toEqual([]);
    expect(refined('The July FOMC meeting ended.', [['July FOMC', 'ORG']])).toEqual([
      ['FOMC', 'ORG'],
    ]);
    expect(refined('In March Kowalczyk resigned.', [['March Kowalczyk', 'PER']])).toEqual([
      ['Kowalczyk', 'PER'],
    ]);
  });

  it('keeps months that are given names unless a date is meant', () => {
    expect(refined('Theresa May said so.', [['Theresa May', 'PER']])).toEqual([
      ['Theresa May', 'PER'],
    ]);
    expect(refined('Then May said no.', [['May', 'PER']])).toEqual([['May', 'PER']]);
    expect(refined('June Carter sang.', [['June Carter', 'PER']])).toEqual([
      ['June Carter', 'PER'],
    ]);
    expect(refined('Jan Kowalski won.', [['Jan Kowalski', 'PER']])).toEqual([
      ['Jan Kowalski', 'PER'],
    ]);
    expect(
      refined('Prices fell in May and on June 3.', [
        ['May', 'ORG'],
        ['June', 'PER'],
      ]),
    ).toEqual([]);
  });

  it('is English only', () => {
    expect(refined('Sales rose in July.', [['July', 'ORG']], 'de')).toEqual([['July', 'ORG']]);
  });
});

describe('refineSpans (English): nationalities and compound adjectives name nothing', () => {
  it.each([
    ['The crowd booed the lanky American at the net.', 'American', 'ORG'],
    ['Dutch police said on Friday.', 'Dutch', 'LOC'],
    ['Two Azeris were hurt.', 'Azeris', 'PER'],
    ['Talks on the Arab-Israeli conflict resumed.', 'Arab-Israeli', 'LOC'],
    ['The Dublin-born director spoke.', 'Dublin-born', 'LOC'],
    ['a Hong Kong-based group bought it.', 'Hong', 'PER'],
    ['Magna makes North American car parts.', 'North American', 'ORG'],
    ['Votes among American Catholics fell.', 'American Catholics', 'ORG'],
    ['An Alaskan fisherman spoke.', 'Alaskan', 'ORG'],
    ['The Soviets built it.', 'Soviets', 'ORG'],
    ['After Hurricane Sandy hit the coast.', 'Hurricane Sandy', 'PER'],
  ] as [string, string, EntityType][])('"%s": no %s', (text, name, type) => {
    expect(refined(text, [[name, type]])).toEqual([]);
  });

  it('keeps names that only contain such a word, and places named like a people', () => {
    expect(refined('The American Red Cross helped.', [['American Red Cross', 'ORG']])).toEqual([
      ['American Red Cross', 'ORG'],
    ]);
    expect(refined('War in the Balkans went on.', [['Balkans', 'LOC']])).toEqual([
      ['Balkans', 'LOC'],
    ]);
    expect(isDemonym('Americans')).toBe(true);
    expect(isDemonym('Evans')).toBe(false);
  });
});

describe('refineSpans (English): a place before an event word is part of the event', () => {
  it.each([
    ['She won the Hong Kong Open on Friday.', 'Hong Kong', 'LOC'],
    ['RESULTS FROM THE U.S. OPEN .', 'U.S.', 'LOC'],
    ['ATHLETICS - BERLIN GRAND PRIX RESULTS', 'BERLIN', 'LOC'],
    ['They qualified for the UEFA Cup.', 'UEFA', 'ORG'],
    ['after the British Masters won by Allenby.', 'British Masters', 'ORG'],
  ] as [string, string, EntityType][])('"%s": no %s', (text, name, type) => {
    expect(refined(text, [[name, type]])).toEqual([]);
  });

  it('keeps a name that goes on after "Open"', () => {
    expect(refined('The Federal Open Market Committee met.', [['Federal', 'ORG']])).toEqual([
      ['Federal', 'ORG'],
    ]);
  });
});

describe('refineSpans (English): a capitalised function word opens no name', () => {
  it('cuts it off, and drops it alone', () => {
    expect(refined('During Rosati trip, it rained.', [['During Rosati', 'PER']])).toEqual([
      ['Rosati', 'PER'],
    ]);
    expect(refined('Neither Lebed nor Maskhadov came.', [['Neither Lebed', 'PER']])).toEqual([
      ['Lebed', 'PER'],
    ]);
    expect(refined('Since 1993, prices rose.', [['Since', 'ORG']])).toEqual([]);
  });

  it('cuts "The" off a long name the KB does not know with it', () => {
    expect(
      refined('The Agriculture Department proposed rules.', [
        ['The Agriculture Department', 'ORG'],
      ]),
    ).toEqual([['Agriculture Department', 'ORG']]);
    expect(refined('The Points Guy reviewed it.', [['The Points Guy', 'ORG']])).toEqual([
      ['The Points Guy', 'ORG'],
    ]);
    const kb = (w: readonly string[]) => (w.join(' ') === 'The New York Times' ? 'ORG' : undefined);
    expect(
      refined('The New York Times said so.', [['The New York Times', 'ORG']], 'en', kb),
    ).toEqual([['The New York Times', 'ORG']]);
  });
});

describe('refineSpans (English): teams in a results line', () => {
  it('makes places followed by scores teams, and finds the teams the tagger missed', () => {
    expect(
      refined('Saracens 25 Leicester 23', [
        ['Saracens', 'ORG'],
        ['Leicester', 'LOC'],
      ]),
    ).toEqual([
      ['Saracens', 'ORG'],
      ['Leicester', 'ORG'],
    ]);
    expect(refined('Sale 31 Wasps 33', [['Sale', 'ORG']])).toEqual([
      ['Sale', 'ORG'],
      ['Wasps', 'ORG'],
    ]);
  });

  it('keeps national teams places, batsmen persons, and a lone number', () => {
    expect(
      refined('Israel 2 , Bulgaria 0', [
        ['Israel', 'LOC'],
        ['Bulgaria', 'LOC'],
      ]),
    ).toEqual([
      ['Israel', 'LOC'],
      ['Bulgaria', 'LOC'],
    ]);
    expect(refined("Adams 123 , T.O'Gorman 109 not out", [['Adams', 'PER']])).toEqual([
      ['Adams', 'PER'],
    ]);
    expect(refined('He drove 40 miles to Leicester 23 times.', [['Leicester', 'LOC']])).toEqual([
      ['Leicester', 'LOC'],
    ]);
  });
});

describe('refineSpans (English): countries, and towns before their country or state, are places', () => {
  it.each([
    ['Romania beat Lithuania 3-0 on Friday.', 'Lithuania'],
    ['LA CORUNA , Spain 1996-08-31', 'LA CORUNA'],
    ['flight 103 over Lockerbie , Scotland .', 'Lockerbie'],
    ['FARMINGTON HILLS , Mich .', 'FARMINGTON HILLS'],
    ['based in Kansas City , Mo.-based Commerce said.', 'Kansas City'],
  ])('"%s": %s', (text, name) => {
    expect(refined(text, [[name, 'ORG']])).toEqual([[name, 'LOC']]);
  });

  it('not before a state and a noun, nor a person', () => {
    expect(refined('said Acme , Texas governor .', [['Acme', 'ORG']])).toEqual([['Acme', 'ORG']]);
    expect(refined('said Acme , Texas , and others .', [['Acme', 'ORG']])).toEqual([
      ['Acme', 'ORG'],
    ]);
    expect(refined('Analysis : Jon Sopel , BBC News , Washington', [['BBC News', 'ORG']])).toEqual([
      ['BBC News', 'ORG'],
    ]);
    expect(refined('said Bush , Texas .', [['Bush', 'PER']])).toEqual([['Bush', 'PER']]);
  });
});

describe('refineSpans (English): a place with shares or a buyout is a company', () => {
  it('"Dell\'s buyout"', () => {
    expect(refined("This is what happened in Dell's buyout in 2013.", [['Dell', 'LOC']])).toEqual([
      ['Dell', 'ORG'],
    ]);
    expect(refined("China's exports rose.", [['China', 'LOC']])).toEqual([['China', 'LOC']]);
  });
});

describe('refineSpans (English): a compound adjective opens no name', () => {
  it('"Ontario-based Magna International"', () => {
    expect(
      refined('said Ontario-based Magna International on Friday.', [
        ['Ontario-based Magna International', 'ORG'],
      ]),
    ).toEqual([['Magna International', 'ORG']]);
  });
});

describe('refineSpans (English): what a place is the base of is a firm', () => {
  it('"Ontario-based Magna"', () => {
    expect(refined('said Ontario-based Magna on Friday.', [['Magna', 'PER']])).toEqual([
      ['Magna', 'ORG'],
    ]);
  });
});

describe('alignCompanies: a company named with its legal form is that company alone', () => {
  const run = (
    text: string[],
    tagged: [string, EntityType][][],
    known: (w: readonly string[]) => EntityType | undefined = () => undefined,
  ) => {
    return afterDocumentRule(text, tagged, (sentences, spans) =>
      alignCompanies(sentences, spans, known),
    );
  };

  it('retypes the name alone elsewhere, and takes the legal form into the span before it', () => {
    expect(
      run(
        ['Pirelli is linking with CITIC.', 'said Pirelli SpA chairman Marco Tronchetti.'],
        [
          [
            ['Pirelli', 'PER'],
            ['CITIC', 'ORG'],
          ],
          [
            ['Pirelli', 'PER'],
            ['SpA', 'ORG'],
          ],
        ],
      ),
    ).toEqual([
      [
        ['Pirelli', 'ORG'],
        ['CITIC', 'ORG'],
      ],
      [['Pirelli SpA', 'ORG']],
    ]);
    expect(
      run(
        ['It was acquired by Magna International Inc.', 'Magna was up.'],
        [[], [['Magna', 'LOC']]],
      ),
    ).toEqual([[], [['Magna', 'ORG']]]);
  });

  it('leaves a name that goes on before the run, and a word the KB knows as a place', () => {
    expect(
      run(
        ['Gold Fields of South Africa Ltd said so.', 'Africa grew.'],
        [[['South Africa', 'LOC']], [['Africa', 'LOC']]],
      ),
    ).toEqual([[['South Africa', 'LOC']], [['Africa', 'LOC']]]);
    const kb = (w: readonly string[]) => (w.join(' ') === 'Texas' ? ('LOC' as const) : undefined);
    expect(run(['Texas Inc said so.', 'Texas grew.'], [[], [['Texas', 'LOC']]], kb)).toEqual([
      [],
      [['Texas', 'LOC']],
    ]);
  });
});

describe('alignPlaceSurnames: a surname that is a place is the person alone', () => {
  const kb = (w: readonly string[]) =>
    ['Jordan', 'Washington'].includes(w.join(' ')) ? ('LOC' as const) : undefined;
  const run = (text: string[], tagged: [string, EntityType][][]) => {
    return afterDocumentRule(text, tagged, (sentences, spans) =>
      alignPlaceSurnames(sentences, spans, kb),
    );
  };

  it('retypes the word alone where the article names the person in full', () => {
    expect(
      run(
        ['Director Neil Jordan spoke.', "Jordan said the lead role in Jordan's film was hard."],
        [
          [['Neil Jordan', 'PER']],
          [
            ['Jordan', 'LOC'],
            ['Jordan', 'LOC'],
          ],
        ],
      ),
    ).toEqual([
      [['Neil Jordan', 'PER']],
      [
        ['Jordan', 'PER'],
        ['Jordan', 'PER'],
      ],
    ]);
  });

  it('not where the article also writes the place ("in Jordan", "Jordan Valley")', () => {
    expect(
      run(
        ['Michael Jordan flew in.', 'He landed in Jordan.', 'Jordan said no.'],
        [[['Michael Jordan', 'PER']], [['Jordan', 'LOC']], [['Jordan', 'LOC']]],
      ),
    ).toEqual([[['Michael Jordan', 'PER']], [['Jordan', 'LOC']], [['Jordan', 'LOC']]]);
    expect(
      run(
        ['Michael Jordan flew over the Jordan Valley.', 'Jordan said no.'],
        [
          [
            ['Michael Jordan', 'PER'],
            ['Jordan Valley', 'LOC'],
          ],
          [['Jordan', 'LOC']],
        ],
      ),
    ).toEqual([
      [
        ['Michael Jordan', 'PER'],
        ['Jordan Valley', 'LOC'],
      ],
      [['Jordan', 'LOC']],
    ]);
  });
});

describe('alignSportsTeams: in a sports report, a town read as a person is a team', () => {
  const kb = (w: readonly string[]) =>
    ['Borovia', 'Israel'].includes(w.join(' ')) ? ('LOC' as const) : undefined;
  const run = (text: string[], tagged: [string, EntityType][][]) => {
    // Through the English document rules, as find-mentions runs them.
    return afterDocumentRule(text, tagged, (sentences, spans) =>
      alignEnglishDocument(sentences, spans, kb),
    );
  };
  const report = [
    'Borovia won the match after the coach changed the team at halftime.',
    'The fans saw Borovia score two goals in the second half of the game.',
    'They beat the league leaders in Borovia.',
  ];

  it('retypes the town alone, not the town after "in"', () => {
    expect(run(report, [[['Borovia', 'PER']], [['Borovia', 'LOC']], [['Borovia', 'LOC']]])).toEqual(
      [[['Borovia', 'ORG']], [['Borovia', 'ORG']], [['Borovia', 'LOC']]],
    );
  });

  it("not outside sport, nor a player's surname, nor a town read as a person only", () => {
    const news = [
      'Borovia said the budget would pass after the vote.',
      'Critics in the parliament of Borovia disagreed with the plan.',
    ];
    expect(run(news, [[['Borovia', 'PER']], [['Borovia', 'LOC']]])).toEqual([
      [['Borovia', 'PER']],
      [['Borovia', 'LOC']],
    ]);
    expect(
      run(
        [...report, 'Ivan Borovia scored.'],
        [[['Borovia', 'PER']], [['Borovia', 'LOC']], [], [['Ivan Borovia', 'PER']]],
      )[0],
    ).toEqual([['Borovia', 'PER']]);
    expect(run(report, [[['Borovia', 'PER']], [['Borovia', 'PER']]])[0]).toEqual([
      ['Borovia', 'PER'],
    ]);
  });
});

describe('clubsInTransfers: the club a player came from or served is a team (en44)', () => {
  const run = (text: string[], tagged: [string, EntityType][][]) =>
    afterDocumentRule(text, tagged, (sentences, spans) =>
      alignEnglishDocument(sentences, spans, () => undefined),
    );
  const report = [
    'Lentini , 27 , joined Milan from Torino in a $ 12 million deal that many fans questioned .',
    'The striker scored two goals for the club in the league last season .',
    'Fabio Capello worked with his former coach at Torino , Emiliano Mondonico .',
    'He grew up in Torino .',
  ];

  it('retypes the town after "from" a transfer and after a post "at", not after "in"', () => {
    expect(
      run(report, [
        [
          ['Lentini', 'PER'],
          ['Milan', 'ORG'],
          ['Torino', 'LOC'],
        ],
        [],
        [
          ['Fabio Capello', 'PER'],
          ['Torino', 'LOC'],
          ['Emiliano Mondonico', 'PER'],
        ],
        [['Torino', 'LOC']],
      ]).map((s) => s.filter(([w]) => w === 'Torino')),
    ).toEqual([[['Torino', 'ORG']], [], [['Torino', 'ORG']], [['Torino', 'LOC']]]);
  });

  it('leaves a town after "from" outside sport or without a transfer', () => {
    const news = [
      'The minister joined the talks from Geneva on Tuesday .',
      'The budget would pass after the vote , officials said .',
    ];
    expect(run(news, [[['Geneva', 'LOC']], []])[0]).toEqual([['Geneva', 'LOC']]);
    expect(
      run(
        ['The team flew home from Torino after the match , the coach said .', report[1] as string],
        [[['Torino', 'LOC']], []],
      )[0],
    ).toEqual([['Torino', 'LOC']]);
  });
});

describe("refineSpans (English): a number's unit names nothing (gen19)", () => {
  it('drops an era after a year or a century and a currency after an amount', () => {
    expect(
      refined('Built around 1000 BC and rebuilt in the 14th century BCE by Ramses.', [
        ['BC', 'ORG'],
        ['BCE', 'ORG'],
        ['Ramses', 'PER'],
      ]),
    ).toEqual([['Ramses', 'PER']]);
    expect(
      refined('A ticket costs 40 Euros at the Louvre.', [
        ['Euros', 'ORG'],
        ['Louvre', 'LOC'],
      ]),
    ).toEqual([['Louvre', 'LOC']]);
  });

  it('keeps them with no number before: a province, a firm', () => {
    expect(refined('He lives in Vancouver, BC now.', [['BC', 'LOC']])).toEqual([['BC', 'LOC']]);
    expect(refined('Shares of Euro Disney fell.', [['Euro Disney', 'ORG']])).toEqual([
      ['Euro Disney', 'ORG'],
    ]);
  });
});

describe('refineSpans (English): the region after a town is a place (gen19)', () => {
  it('retypes a county read as a team after a town and a comma', () => {
    expect(
      refined('He was born in Grantham , Lincolnshire , England .', [
        ['Grantham', 'LOC'],
        ['Lincolnshire', 'ORG'],
        ['England', 'LOC'],
      ]),
    ).toEqual([
      ['Grantham', 'LOC'],
      ['Lincolnshire', 'LOC'],
      ['England', 'LOC'],
    ]);
    expect(
      refined('She died in Bristol , Quebec .', [
        ['Bristol', 'LOC'],
        ['Quebec', 'ORG'],
      ]),
    ).toEqual([
      ['Bristol', 'LOC'],
      ['Quebec', 'LOC'],
    ]);
  });

  it('keeps a body that acts, a team after a team, one the KB knows', () => {
    expect(
      refined('In London , Barclays said profits rose .', [
        ['London', 'LOC'],
        ['Barclays', 'ORG'],
      ]),
    ).toEqual([
      ['London', 'LOC'],
      ['Barclays', 'ORG'],
    ]);
    expect(
      refined('Essex , Derbyshire and Surrey won .', [
        ['Essex', 'ORG'],
        ['Derbyshire', 'ORG'],
        ['Surrey', 'ORG'],
      ]),
    ).toEqual([
      ['Essex', 'ORG'],
      ['Derbyshire', 'ORG'],
      ['Surrey', 'ORG'],
    ]);
    const known = (w: readonly string[]) =>
      w.join(' ') === 'Reuters' ? ('ORG' as const) : undefined;
    expect(
      refined(
        'LONDON , Reuters .',
        [
          ['LONDON', 'LOC'],
          ['Reuters', 'ORG'],
        ],
        'en',
        known,
      ),
    ).toEqual([
      ['LONDON', 'LOC'],
      ['Reuters', 'ORG'],
    ]);
  });
});

describe('refineSpans (English): datelines, islands (en30)', () => {
  it('a name in capitals opening a dateline is a place ("KHAN YOUNIS, GAZA —")', () => {
    expect(
      refined('KHAN YOUNIS , GAZA — The Israeli assault went on .', [['KHAN YOUNIS', 'PER']]),
    ).toEqual([['KHAN YOUNIS', 'LOC']]);
    expect(refined('WASHINGTON — Lawmakers met .', [['WASHINGTON', 'ORG']])).toEqual([
      ['WASHINGTON', 'LOC'],
    ]);
    // Not inside a sentence, nor a name in ordinary case, nor without the dash.
    expect(refined('He met JOHN SMITH , CEO — late .', [['JOHN SMITH', 'PER']])).toEqual([
      ['JOHN SMITH', 'PER'],
    ]);
    expect(refined('John Smith , CEO — said so .', [['John Smith', 'PER']])).toEqual([
      ['John Smith', 'PER'],
    ]);
    // A hyphen after capitals opens a section's heading, no dateline.
    expect(
      refined('RUGBY UNION - LYNAGH SEALS VICTORY OVER DWYER .', [['RUGBY UNION', 'ORG']]),
    ).toEqual([['RUGBY UNION', 'ORG']]);
    expect(refined('JOHN SMITH , CEO , said so .', [['JOHN SMITH', 'PER']])).toEqual([
      ['JOHN SMITH', 'PER'],
    ]);
  });

  it('a body\'s name ending in "Islands" is a place ("the British Virgin Islands")', () => {
    expect(
      refined('in Belize , the British Virgin Islands , and others .', [
        ['British Virgin Islands', 'ORG'],
      ]),
    ).toEqual([['British Virgin Islands', 'LOC']]);
    expect(refined('the Islands Trust met .', [['Islands Trust', 'ORG']])).toEqual([
      ['Islands Trust', 'ORG'],
    ]);
  });
});

describe('refineSpans (English): honorifics (en30)', () => {
  it('cuts "Drs." before a surname and drops "Hon." alone ("Senator the Hon. Aubyn Hill")', () => {
    expect(
      refined('Disclosures : Drs. Anderson , Dobkin , and Gorry report .', [
        ['Drs. Anderson', 'PER'],
      ]),
    ).toEqual([['Anderson', 'PER']]);
    expect(
      refined('Commerce , Senator the Hon. Aubyn Hill , told JIS News .', [
        ['Hon', 'LOC'],
        ['Aubyn Hill', 'PER'],
      ]),
    ).toEqual([['Aubyn Hill', 'PER']]);
    // "Rev" stays inside: en-btc writes it in the name ("Chaplain Rev Gibson").
  });
});

describe("refineSpans (English): bodies told by their head or their maker's verb (en30)", () => {
  it('a centre, a court of a kind, and what makes a product are bodies', () => {
    expect(
      refined('the Global Tourism Resilience and Crisis Management Centre will show it .', [
        ['Crisis Management Centre', 'PER'],
      ]),
    ).toEqual([['Crisis Management Centre', 'ORG']]);
    expect(
      refined("arraigned in Boston's U.S. District Court on Wednesday .", [
        ['District Court', 'LOC'],
      ]),
    ).toEqual([['District Court', 'ORG']]);
    expect(
      refined('These are made by Holeroll and they come in colours .', [['Holeroll', 'LOC']]),
    ).toEqual([['Holeroll', 'ORG']]);
    // A place named for its court, and a place a thing is made in, stay places.
    expect(refined('we walked to Earls Court today .', [['Earls Court', 'LOC']])).toEqual([
      ['Earls Court', 'LOC'],
    ]);
    expect(refined('These are made in Holeroll and sold .', [['Holeroll', 'LOC']])).toEqual([
      ['Holeroll', 'LOC'],
    ]);
  });
});

describe("refineSpans (English): a body's head closing a place's name (en44)", () => {
  it('a railway, an airline or a council named for its region is a body', () => {
    expect(
      refined('be booked in advance to help East Midlands Railway to plan your journey .', [
        ['East Midlands Railway', 'LOC'],
      ]),
    ).toEqual([['East Midlands Railway', 'ORG']]);
    expect(
      refined('Passengers flying Alaska Airlines can check in online .', [
        ['Alaska Airlines', 'LOC'],
      ]),
    ).toEqual([['Alaska Airlines', 'ORG']]);
    // A bank of a river and a square stay places.
    expect(refined('Settlers moved to the West Bank last year .', [['West Bank', 'LOC']])).toEqual([
      ['West Bank', 'LOC'],
    ]);
  });
});

describe('joinGivenName: a given name read apart from the person it opens (en31)', () => {
  it('joins a given name alone to the person right after it', () => {
    expect(
      refined('A painting by Jean Siméon Chardin hung there.', [
        ['Jean', 'PER'],
        ['Siméon Chardin', 'PER'],
      ]),
    ).toEqual([['Jean Siméon Chardin', 'PER']]);
  });

  it('leaves whole names side by side, and a word that is no given name', () => {
    expect(
      refined('Columbia University Kim Ghattas Malcolm Gladwell signed.', [
        ['Columbia University', 'ORG'],
        ['Kim Ghattas', 'PER'],
        ['Malcolm Gladwell', 'PER'],
      ]),
    ).toEqual([
      ['Columbia University', 'ORG'],
      ['Kim Ghattas', 'PER'],
      ['Malcolm Gladwell', 'PER'],
    ]);
    expect(
      refined('Then Obama Biden spoke.', [
        ['Obama', 'PER'],
        ['Biden', 'PER'],
      ]),
    ).toEqual([
      ['Obama', 'PER'],
      ['Biden', 'PER'],
    ]);
  });
});

describe('openingName: the first word of a line before a person the tagger began after it (en31)', () => {
  it('takes in a given name or a word before an initial', () => {
    expect(refined('Daryl Michael Scott, Howard University', [['Michael Scott', 'PER']])).toEqual([
      ['Daryl Michael Scott', 'PER'],
    ]);
    expect(refined('Rinne B. Groff, playwright', [['B. Groff', 'PER']])).toEqual([
      ['Rinne B . Groff', 'PER'],
    ]);
  });

  it('leaves a word of the dictionary, a title, or a word that is neither', () => {
    expect(refined('Will Michael Scott win?', [['Michael Scott', 'PER']])).toEqual([
      ['Michael Scott', 'PER'],
    ]);
    expect(refined('Professor B. Groff spoke.', [['B. Groff', 'PER']])).toEqual([
      ['B . Groff', 'PER'],
    ]);
    expect(refined('Xertu Michael Scott spoke.', [['Michael Scott', 'PER']])).toEqual([
      ['Michael Scott', 'PER'],
    ]);
  });
});

describe('compound adjectives on a name in a title (en31)', () => {
  it('drops "Hug-Shaped" as it drops "Ontario-based"', () => {
    expect(refined('27. Hug-Shaped Ring For A Permanent Cuddle', [['Hug-Shaped', 'PER']])).toEqual(
      [],
    );
    expect(refined('The Hug-Ring sold well.', [['Hug-Ring', 'ORG']])).toEqual([
      ['Hug-Ring', 'ORG'],
    ]);
  });
});

describe('infobox labels, gods and lands (en34)', () => {
  it('cuts a person before an infobox label and drops an initial before a sentence opener', () => {
    expect(
      refined(
        'Michael J. Shapiro — Michael Shapiro Full name Michael J. Shapiro Born February 16, 1940 Era',
        [
          ['Michael Shapiro Full', 'PER'],
          ['Michael J. Shapiro Born February', 'PER'],
        ],
      ),
    ).toEqual([
      ['Michael Shapiro', 'PER'],
      ['Michael J . Shapiro', 'PER'],
    ]);
    expect(
      refined('C has no x of its own, independent of A. Thus, references to C.x are to A.x.', [
        ['A. Thus', 'PER'],
      ]),
    ).toEqual([]);
    // A surname "Born" and an initial before a surname stay.
    expect(refined('Max Born won the prize.', [['Max Born', 'PER']])).toEqual([
      ['Max Born', 'PER'],
    ]);
    expect(refined('It was quoted by J. Thomas in 1990.', [['J. Thomas', 'PER']])).toEqual([
      ['J . Thomas', 'PER'],
    ]);
  });

  it('reads a god after "the goddess" and a land before a landform', () => {
    expect(
      refined('springing from his head like the goddess Athena.', [['Athena', 'ORG']]),
    ).toEqual([['Athena', 'PER']]);
    expect(refined('They lived in the Congo basin for years.', [['Congo', 'ORG']])).toEqual([
      ['Congo', 'LOC'],
    ]);
    expect(refined('They shop at Amazon warehouses.', [['Amazon', 'ORG']])).toEqual([
      ['Amazon', 'ORG'],
    ]);
  });
});

describe('English document rules (en42): towns and the firms named for them', () => {
  const run = (text: string[], tagged: [string, EntityType][][]) => {
    return afterDocumentRule(text, tagged, (sentences, spans) =>
      alignEnglishDocument(sentences, spans, () => undefined),
    );
  };

  it('reads a city typed as an organisation outside sport as the city', () => {
    expect(
      run(
        [
          'Eyewitnesses told Boston television stations they saw a gasoline truck.',
          'Members earn points on every flight and redeem points for upgrades at its Seattle home.',
        ],
        [[['Boston', 'ORG']], [['Seattle', 'ORG']]],
      ),
    ).toEqual([[['Boston', 'LOC']], [['Seattle', 'LOC']]]);
  });

  it('keeps a club named for its town in a sports report, and a firm with its legal form', () => {
    const report = [
      'Boston beat Toronto in the league game after the coach changed the team.',
      'The fans saw Boston score two goals in the second half.',
    ];
    expect(run(report, [[['Boston', 'ORG']], [['Boston', 'ORG']]])).toEqual([
      [['Boston', 'ORG']],
      [['Boston', 'ORG']],
    ]);
    expect(
      run(
        ['Shares of Boston Inc rose.', 'Boston said profit would rise.'],
        [[['Boston Inc', 'ORG']], [['Boston', 'ORG']]],
      )[1],
    ).toEqual([['Boston', 'ORG']]);
    expect(
      run(
        ['Karlsruhe 2 Hansa Rostock 0'],
        [
          [
            ['Karlsruhe', 'ORG'],
            ['Hansa Rostock', 'ORG'],
          ],
        ],
      ),
    ).toEqual([
      [
        ['Karlsruhe', 'ORG'],
        ['Hansa Rostock', 'ORG'],
      ],
    ]);
  });

  it('reads a place named alone as the firm named for it where the article writes it as a firm', () => {
    const news = [
      'Alaska Airlines joins the Oneworld alliance in March.',
      'Frequent flyers will have access to Alaska’s network and lounges.',
      'The codeshare includes several of Alaska’s new routes from LAX.',
      '“The possibilities are tremendous,” said a vice president at Alaska.',
    ];
    expect(
      run(news, [
        [['Alaska Airlines', 'ORG']],
        [['Alaska', 'LOC']],
        [['Alaska', 'LOC']],
        [['Alaska', 'LOC']],
      ]),
    ).toEqual([
      [['Alaska Airlines', 'ORG']],
      [['Alaska', 'ORG']],
      [['Alaska', 'ORG']],
      [['Alaska', 'ORG']],
    ]);
  });

  it('keeps the place where the article puts it after a preposition of place', () => {
    const travel = [
      'Alaska Airlines flies daily to Alaska from Seattle.',
      'Tourists come to Alaska in summer and leave Alaska’s glaciers in autumn.',
    ];
    expect(
      run(travel, [
        [
          ['Alaska Airlines', 'ORG'],
          ['Alaska', 'LOC'],
        ],
        [
          ['Alaska', 'LOC'],
          ['Alaska', 'LOC'],
        ],
      ]),
    ).toEqual([
      [
        ['Alaska Airlines', 'ORG'],
        ['Alaska', 'LOC'],
      ],
      [
        ['Alaska', 'LOC'],
        ['Alaska', 'LOC'],
      ],
    ]);
  });
});

describe('firmsByTheirCues (en42): a "person" the article writes as a firm is the firm', () => {
  const run = (text: string[], tagged: [string, EntityType][][]) => {
    return afterDocumentRule(text, tagged, (sentences, spans) =>
      alignEnglishDocument(sentences, spans, () => undefined),
    );
  };

  it("retypes every one-word mention after a board, an output or a chief executive's post", () => {
    expect(
      run(
        [
          'Cofinec said Petofi general manager Laszlo Sebesvari had resigned.',
          'He will remain on Petofi’s board of directors.',
        ],
        [
          [
            ['Cofinec', 'ORG'],
            ['Petofi', 'PER'],
            ['Laszlo Sebesvari', 'PER'],
          ],
          [['Petofi', 'PER']],
        ],
      ),
    ).toEqual([
      [
        ['Cofinec', 'ORG'],
        ['Petofi', 'ORG'],
        ['Laszlo Sebesvari', 'PER'],
      ],
      [['Petofi', 'ORG']],
    ]);
    expect(
      run(['I will serve as acting chief executive officer of Comelf.'], [[['Comelf', 'PER']]]),
    ).toEqual([[['Comelf', 'ORG']]]);
  });

  it("keeps a person: a surname of a longer name, a given name, one with no firm's cue", () => {
    expect(
      run(
        ['Tamas Frater said so.', 'Frater’s shares in the fund were sold.'],
        [[['Tamas Frater', 'PER']], [['Frater', 'PER']]],
      )[1],
    ).toEqual([['Frater', 'PER']]);
    expect(run(['Maria’s board game won a prize.'], [[['Maria', 'PER']]])).toEqual([
      [['Maria', 'PER']],
    ]);
    expect(run(['Sebesvari resigned on Friday.'], [[['Sebesvari', 'PER']]])).toEqual([
      [['Sebesvari', 'PER']],
    ]);
  });
});
