import { describe, expect, it } from 'vitest';
import { findArticleMentions, headlines } from '@/lib/entities/find-mentions';
import { getModel } from '@/lib/entities/load-tagger';
import { documentStats } from '@/lib/entities/tag-document';
import {
  inflectionBases,
  isTitleCaseLine,
  truecaseLine,
  truecaseLines,
} from '@/lib/entities/truecase';
import { isCapsSentence, wordInfos } from '@/lib/entities/features';

const words = (s: string): string[] => s.split(' ');

describe('isTitleCaseLine', () => {
  it('knows a headline in Title Case by its capitalised ordinary words', () => {
    expect(isTitleCaseLine(words('Titanfall Had a Rocky Start on Xbox'), 'en')).toBe(true);
    // Minor words left in lower case do not count against it.
    expect(
      isTitleCaseLine(words('Result and Close of Play Scores in English County Matches'), 'en'),
    ).toBe(true);
  });

  it('takes a sentence with names, or a list of names, for no Title Case', () => {
    expect(isTitleCaseLine(words('Obama met Merkel in Berlin on Monday'), 'en')).toBe(false);
    // One ordinary word ("Early") among names: a list line, no headline.
    expect(isTitleCaseLine(words('Gerald Early , Washington , Missouri , Harvard'), 'en')).toBe(
      false,
    );
  });

  it('reads English only', () => {
    expect(isTitleCaseLine(words('Titanfall Had a Rocky Start on Xbox'), 'fr')).toBe(false);
  });
});

describe('truecaseLine', () => {
  it('lower-cases the words running text writes in lower case, but the first', () => {
    expect(truecaseLine(words('Apple Says It Will Release the Report'), 'en')).toEqual(
      words('Apple says it will release the report'),
    );
  });

  it("lower-cases a headline's inflected verbs and plurals of ordinary words", () => {
    // "buys", "urges", "shipped" and "dropping" are not in the word counts; their bases are.
    expect(
      truecaseLine(words('Icahn Buys Stake , Urges Board Dropping Shipped Goods'), 'en'),
    ).toEqual(words('Icahn buys stake , urges Board dropping shipped goods'));
    expect(inflectionBases('stopped')).toContain('stop');
    expect(inflectionBases('raising')).toContain('raise');
    expect(inflectionBases('buries')).toContain('bury');
    // A short word is no inflection ("Gas", "Bus").
    expect(inflectionBases('gas')).toEqual([]);
  });

  it('keeps unknown words and a second part after a colon as written', () => {
    expect(truecaseLine(words('Plosser : Fed May Have to Play Titanfall'), 'en')).toEqual(
      words('Plosser : Fed may have to play Titanfall'),
    );
  });

  it('lowers the words an English dictionary writes only in lower case, and their inflections', () => {
    // "Defies", "Swoops", "Tapering": not in the word counts; SCOWL (isEnglishWord) has their bases.
    expect(
      truecaseLine(words('Selena Gomez Defies Parents To Reunite With Justin Bieber'), 'en'),
    ).toEqual(words('Selena Gomez defies parents to reunite with Justin Bieber'));
    expect(truecaseLine(words('Plosser : Fed May Have to Accelerate Tapering'), 'en')).toEqual(
      words('Plosser : Fed may have to accelerate tapering'),
    );
  });

  it('keeps a name the KB knows though its words are ordinary', () => {
    // "Cross" alone is a word running text writes in lower case.
    expect(truecaseLine(words('Obama Says Red Cross Will Help Refugees'), 'en')).toEqual(
      words('Obama says Red Cross will help refugees'),
    );
  });

  it('leaves other lines as they are', () => {
    const line = words('Obama met Merkel in Berlin on Monday');
    expect(truecaseLine(line, 'en')).toBe(line);
  });
});

describe('truecaseLines', () => {
  const headline = words('Neil Young Says He Will Play Again');
  const body = words('Fans of Neil Young were glad when the news came .');

  it('reads how the article writes a word where it does', () => {
    expect(truecaseLines([headline], 'en', [true])[0]).toEqual(
      words('Neil young says he will play again'),
    );
    expect(truecaseLines([headline, body], 'en', [true, false])[0]).toEqual(
      words('Neil Young says he will play again'),
    );
  });

  it('lower-cases a function word whatever the article does with it', () => {
    const menu = words('Please Contact Us or Follow Us');
    const line = words('Help Us Grow This Work Again');
    expect(truecaseLines([line, menu], 'en', [true, false])[0]).toEqual(
      words('Help us grow this work again'),
    );
  });

  it('reads only the headlines', () => {
    const lines = [headline, body];
    const out = truecaseLines(lines, 'en', [false, false]);
    expect(out[0]).toBe(headline);
  });
});

describe('documentStats', () => {
  it('counts the words as written, not as truecased', () => {
    const written = [words('Why Early Voting Matters for the Race')];
    const read = [words('Why early voting matters for the race')];
    const infos = read.map(wordInfos);
    const caps = read.map(isCapsSentence);
    expect(documentStats(getModel(), read, infos, caps).lower.has('early')).toBe(true);
    expect(documentStats(getModel(), read, infos, caps, written).lower.has('early')).toBe(false);
  });
});

describe('findArticleMentions on a Title Case headline', () => {
  it('no longer runs a name on over the ordinary words after it', () => {
    const h = 'Putin Warns Ukraine Over Gas Debt';
    const found = findArticleMentions(h, h, 'en').title.map((m) => `${m.text}/${m.type}`);
    expect(found).toContain('Ukraine/LOC');
  });
});

describe('headlines', () => {
  it('takes the title and a line of the text that repeats it for the headline', () => {
    const chunk = (title: boolean) => ({ tokens: [], lead: true, title });
    const lines = [words('Titanfall Had a Rocky Start'), words('Titanfall Had a Rocky Start')];
    lines.push(words('The Game Had a Rocky Start'));
    expect(headlines([chunk(true), chunk(false), chunk(false)], lines)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
