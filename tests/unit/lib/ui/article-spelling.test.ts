import { describe, expect, it } from 'vitest';
import { articleSpelling } from '@/lib/ui/article-spelling';

const person = (name: string) => ({ type: 'PER' as const, name });

describe('articleSpelling', () => {
  it('gives the article’s spelling of a person the panel names another way', () => {
    expect(articleSpelling('Andreï Belooussov', person('Andrei Belousov'))).toBe('Andrei Belousov');
    expect(articleSpelling('Iouri Ouchakov', person('Yuri Ouchakov'))).toBe('Yuri Ouchakov');
    expect(articleSpelling('Vladimir Putin', person('Vladimir Poutine'))).toBe('Vladimir Poutine');
  });

  it('says nothing when only case, accents or hyphens differ, or the name holds its words', () => {
    expect(articleSpelling('Kim Jong-un', person('Kim Jong Un'))).toBeUndefined();
    expect(articleSpelling('Sergueï Lavrov', person('Sergueï Lavrov'))).toBeUndefined();
    expect(articleSpelling('Sergueï Lavrov', person('Serguei LAVROV'))).toBeUndefined();
    expect(articleSpelling('Vladimir Poutine', person('Poutine'))).toBeUndefined();
  });

  it('says nothing of a place or an organisation, whose names are translated', () => {
    expect(articleSpelling('Russia', { type: 'LOC', name: 'Russie' })).toBeUndefined();
    expect(articleSpelling('United Nations', { type: 'ORG', name: 'ONU' })).toBeUndefined();
  });
});
