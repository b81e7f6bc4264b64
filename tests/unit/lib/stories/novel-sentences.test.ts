import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/lib/pipeline/analyze';
import { novelSentences, type LangText } from '@/lib/stories/novel-sentences';
import { loadFixture } from '../../../helpers';

/** A fixture as the extension extracts it. */
function putin(name: string): LangText & { title: string; captions: string[] } {
  const { article, entities } = analyzeDocument(
    name,
    loadFixture(name, `http://fixtures.localhost/${name}`),
  );
  if (!article) throw new Error(name);
  return {
    text: article.text,
    lang: article.lang,
    entities: entities as LangText['entities'],
    title: article.title ?? '',
    captions: article.captions.map((c) => c.text),
  };
}

const FR = putin('news24-putin-pyongyang.fr.html');
const EN = putin('world-desk-putin-pyongyang.en.html');
const ES = putin('diario-global-putin-pyongyang.es.html');

describe('novelSentences', () => {
  it('offers, from a story read only in other languages, the sentences naming someone new', () => {
    // Read in English: the French article's words cannot be matched, its names can.
    const found = novelSentences(FR, [EN], { skip: [FR.title, ...FR.captions] });
    expect(found.length).toBe(3);
    const englishIds = new Set(EN.entities!.map((e) => e.id));
    for (const s of found) {
      expect(FR.text.slice(s.start, s.end)).toBe(s.text);
      const named = FR.entities!.filter(
        (e) => e.shown !== false && e.mentions.some((m) => m.start >= s.start && m.end <= s.end),
      );
      expect(named.some((e) => !englishIds.has(e.id))).toBe(true);
      expect(s.novelty).toBeGreaterThan(0);
      expect(s.novelty).toBeLessThanOrEqual(1);
    }
    // In text order, and never a byline, a tag line or a heading.
    expect(found.map((s) => s.start)).toEqual([...found.map((s) => s.start)].sort((a, b) => a - b));
    // The Spanish article after the French and English ones names no one they did not: it
    // offered "Putin le dio las gracias…", which both said in their words.
    expect(novelSentences(ES, [FR, EN], { skip: [ES.title, ...ES.captions] })).toEqual([]);
    // Without the entities, nothing can be told across languages: nothing is claimed.
    const bare = (t: LangText): LangText => ({ text: t.text, lang: t.lang });
    expect(novelSentences(bare(ES), [bare(FR), bare(EN)])).toEqual([]);
    expect(novelSentences(ES, [bare(FR), EN])).toEqual([]);
  });

  it('tells a one-word organisation new across languages, not a place of several words', () => {
    // Notre-Dame: the fire and the spire contest read in English, then the French pledge. Its
    // people are all known; Total, a company the English never named, pledged 100 million.
    const [fire, spire, pledge] = [
      'stories/courier-notre-dame-fire.en.html',
      'stories/courier-notre-dame-spire-contest.en.html',
      'stories/quotidien-notre-dame-reconstruction.fr.html',
    ].map(putin);
    const found = novelSentences(pledge!, [fire!, spire!], {
      skip: [pledge!.title, ...pledge!.captions],
    });
    expect(found.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Bernard Arnault .*tandis que Total a promis 100 millions\.$/),
    ]);
    // Its new thing, which a folded preview must show, is Total, not the names read before it.
    expect(found[0]!.text.slice(found[0]!.lead)).toBe('Total a promis 100 millions.');
    // "Hôtel de Ville" (City Hall, as an English article would say) is not taken for new: the
    // sentence naming it, with Anne Hidalgo read before, is not offered.
    expect(found.some((s) => s.text.includes('Hôtel de Ville'))).toBe(false);
  });

  it('ranks what was already read, in the same language, below what was not', () => {
    const read = { lang: 'en', text: EN.text };
    // The English article again, plus one sentence it does not have.
    const added = 'Analysts in Seoul expect artillery shells to flow north within weeks.';
    const current = { lang: 'en', text: `${EN.text}\n\n${added}` };
    const found = novelSentences(current, [read]);
    expect(found.map((s) => s.text)).toEqual([added]);
    expect(found[0]!.novelty).toBeGreaterThan(0.8);
    // Its first word the English article lacks ("Analysts"): where its new part starts.
    expect(found[0]!.lead).toBe(0);
  });

  it('says nothing when nothing was read before, and skips short lines and boilerplate', () => {
    expect(novelSentences(EN, [])).toEqual([]);
    const current = {
      lang: 'en',
      text: 'Read more: the full list of sanctions imposed on the country since the war began.\n\nShort one.\n\nA Heading Without Any Final Punctuation Mark At All Here',
    };
    expect(novelSentences(current, [{ lang: 'en', text: 'Unrelated words.' }])).toEqual([]);
  });
});
