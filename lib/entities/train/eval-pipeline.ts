/**
 * The full recogniser (tagger, title trimming, span rules, merge, confidence evidence) run over a
 * labelled corpus, one row per predicted mention: whether it is strictly right, and the evidence
 * of its entity. Shared by npm run bench:entities and npm run train:confidence (Node only).
 */
import { type ConfidenceEvidence, confidenceEvidence } from '../confidence';
import { type Mention, refineContext, refineTagged, spanMention } from '../find-mentions';
import { getModel } from '../load-tagger';
import { mergeMentions } from '../merge-mentions';
import type { Model } from '../model';
import type { RefineContext } from '../refine-spans';
import type { Token } from '../tokenize';
import { tagDocument } from '../tag-document';
import { truecaseLines } from '../truecase';
import { typeConflicts } from '../type-conflicts';
import { spansFromTags, type TokenSpan } from '../tags';
import type { LabelledDoc } from './read-corpus';
import { SpanScorer } from './score-spans';

/** One predicted mention of the full recogniser. */
export interface MentionRow {
  /** Index of its document in the set. */
  doc: number;
  /** It matches a gold span exactly, type included. */
  correct: boolean;
  evidence: ConfidenceEvidence;
  /** How a wrong mention is wrong: its span overlaps a gold one of its type, of another type, or none. */
  error?: 'span' | 'type' | 'spurious';
  /** Where it is: its sentence in the document and its token span there (end exclusive). */
  at?: { sentence: number; start: number; end: number };
  /** For error analysis: two words before, the mention, its entity type, the gold spans it overlaps. */
  text: string;
}

/** The rows of one set and the strict/overlap scorer of all its spans. */
export interface PipelineRun {
  rows: MentionRow[];
  scorer: SpanScorer;
}

/**
 * The recogniser's spans in a document's sentences (the tagger, titles, span rules, one type per
 * name), with the text they make joined by blank lines and its tokens; the tagger's margins and
 * type scores per sentence go into `margins` and `typeScores` when given. Sentences marked in
 * `headline` are read truecased when in Title Case (truecaseLines, as findArticleMentions reads
 * a page's title); the NER sets have no headlines marked.
 */
export function refineDocument(
  model: Model,
  sentences: string[][],
  lang: string,
  ctx: RefineContext,
  margins: Float32Array[] = [],
  typeScores: Float32Array[] = [],
  headline: readonly boolean[] = [],
): { text: string; tokensOf: Token[][]; refined: TokenSpan[][]; read: string[][] } {
  // As findArticleMentions: Title Case lines read as running text (truecaseLines).
  const read = truecaseLines(sentences, lang, headline);
  const tagged = tagDocument(model, read, lang, margins, typeScores, sentences);
  let text = '';
  const tokensOf: Token[][] = sentences.map((words) => {
    if (text) text += '\n\n';
    return words.map((w) => {
      const t = { text: w, start: text.length, end: text.length + w.length };
      text += `${w} `;
      return t;
    });
  });
  return { text, tokensOf, refined: refineTagged(read, tagged, tokensOf, ctx, typeScores), read };
}

/**
 * Runs the full recogniser over a set's documents (sentences joined by blank lines), with the
 * bundled tagger model or another one (the bench's permissive weights).
 */
export function runPipeline(
  docs: readonly LabelledDoc[],
  lang: string,
  model: Model = getModel(),
): PipelineRun {
  const ctx = refineContext(lang);
  const scorer = new SpanScorer();
  const rows: MentionRow[] = [];
  docs.forEach((doc, d) => {
    const sentences = doc.map((s) => s.words);
    const margins: Float32Array[] = [];
    const typeScores: Float32Array[] = [];
    const { text, tokensOf, refined, read } = refineDocument(
      model,
      sentences,
      lang,
      ctx,
      margins,
      typeScores,
    );
    const all: { k: number; span: TokenSpan; start: number }[] = [];
    const mentions: Mention[] = [];
    sentences.forEach((words, k) => {
      const tokens = tokensOf[k] as Token[];
      const spans = refined[k] as TokenSpan[];
      scorer.add(spansFromTags(doc[k]!.tags), spans);
      for (const span of spans) {
        all.push({ k, span, start: tokens[span.start]!.start });
        mentions.push(
          spanMention(text, tokens, read[k] ?? words, span, lang, {
            lead: k === 0,
            margins: margins[k],
            typeScores: typeScores[k],
          }),
        );
      }
    });
    const entities = mergeMentions(mentions, [], lang, text);
    // What findEntities hides after the confidence (type-conflicts.ts) is vetoed here, as shown.
    const conflicted = typeConflicts(entities);
    const evidence = confidenceEvidence(entities, text, lang).map((ev, i) =>
      conflicted[i] ? { ...ev, typeConflict: true } : ev,
    );
    const byStart = new Map<number, ConfidenceEvidence>();
    entities.forEach((e, i) => {
      for (const m of e.mentions) byStart.set(m.start, evidence[i]!);
    });
    for (const { k, span, start } of all) {
      const ev = byStart.get(start);
      // A mention the merge dropped is never shown.
      if (!ev) continue;
      const gold = spansFromTags(doc[k]!.tags);
      // Judged with the entity's type, as the reader sees it (the merge votes on types).
      const correct = gold.some(
        (g) => g.start === span.start && g.end === span.end && g.type === ev.type,
      );
      const near = gold.filter((g) => g.start < span.end && span.start < g.end);
      const error = correct
        ? undefined
        : near.some((g) => g.type === ev.type)
          ? 'span'
          : near.length
            ? 'type'
            : 'spurious';
      rows.push({
        doc: d,
        correct,
        evidence: ev,
        ...(error ? { error } : {}),
        at: { sentence: k, start: span.start, end: span.end },
        text: `${sentences[k]!.slice(Math.max(0, span.start - 2), span.start).join(' ')} | ${sentences[k]!.slice(span.start, span.end).join(' ')} [${ev.type}] gold: ${near.map((g) => `${sentences[k]!.slice(g.start, g.end).join(' ')}/${g.type}`).join(', ')}`,
      });
    }
  });
  return { rows, scorer };
}
