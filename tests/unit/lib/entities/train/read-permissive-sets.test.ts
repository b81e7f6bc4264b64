import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CorpusFormat, readCorpus } from '@/lib/entities/train/read-corpus';
import { spansFromTags } from '@/lib/entities/tags';

function spans(text: string, format: CorpusFormat): string[] {
  const path = join(mkdtempSync(join(tmpdir(), 'ner-')), 'set');
  writeFileSync(path, text);
  return readCorpus(path, format).flatMap((doc) =>
    doc.flatMap((s) =>
      spansFromTags(s.tags).map((sp) => `${sp.type}:${s.words.slice(sp.start, sp.end).join(' ')}`),
    ),
  );
}

describe('the permissive model’s extra sets are read as PER / LOC / ORG', () => {
  it('reads WNUT-17 / Broad Twitter Corpus TSV, WNUT’s spelt-out types mapped', () => {
    const wnut = [
      'Lady\tB-person',
      'Gaga\tI-person',
      'in\tO',
      'New\tB-location',
      'York\tI-location',
      'with\tO',
      'Google\tB-corporation',
      'and\tO',
      'Lakers\tB-group',
      'on\tO',
      'Netflix\tB-product',
      '',
      'BBC\tB-ORG',
      'says\tO',
      '',
    ].join('\n');
    expect(spans(wnut, 'tsv')).toEqual([
      'PER:Lady Gaga',
      'LOC:New York',
      'ORG:Google',
      'ORG:Lakers',
      'ORG:BBC',
    ]);
  });

  it('reads Universal NER .iob2 files (comment lines, index, token, tag) as GermEval is read', () => {
    const uner = [
      '# newdoc id = batch-0000',
      '# sent_id = batch-0000-0001',
      '# text = PT em o governo de Fernando Henrique Cardoso',
      '1\tPT\tB-ORG\t-\tborje',
      '2\tem\tO\t-\t-',
      '3\to\tO\t-\t-',
      '4\tgoverno\tO\t-\t-',
      '5\tde\tO\t-\t-',
      '6\tFernando\tB-PER\t-\tborje',
      '7\tHenrique\tI-PER\t-\tborje',
      '8\tCardoso\tI-PER\t-\tborje',
      '',
      '# sent_id = batch-0000-0002',
      '# text = BRASÍLIA',
      '1\tBRASÍLIA\tB-LOC\t-\tborje',
      '',
    ].join('\n');
    expect(spans(uner, 'germeval')).toEqual([
      'ORG:PT',
      'PER:Fernando Henrique Cardoso',
      'LOC:BRASÍLIA',
    ]);
  });
});
