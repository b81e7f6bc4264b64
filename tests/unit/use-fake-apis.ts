import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startFakeApis, type FakeApis } from '../fake-apis/server';

/**
 * The fake Wikipedia/Wikidata/GDELT server for the tests of a file: started once, answering
 * normally, at once, with an empty log at the start of each test. Call `apis()` in a test.
 */
export function useFakeApis(): () => FakeApis {
  let server: FakeApis | undefined;
  beforeAll(async () => {
    server = await startFakeApis();
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    server!.setMode('ok');
    server!.setLatency(0);
    server!.log.length = 0;
  });
  return () => server!;
}
