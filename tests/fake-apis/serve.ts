import { fakeGdeltConfig, fakeWikiConfig, startFakeApis } from './server';

// Runs the fake Wikidata, Wikipedia and GDELT APIs by hand:
//   npx tsx tests/fake-apis/serve.ts [port]
const apis = await startFakeApis(Number(process.argv[2] ?? 0));
const wiki = fakeWikiConfig(apis.origin);
console.log(`fake APIs on ${apis.origin}
  wikidataApi:   ${wiki.wikidataApi}
  wikipediaRest: ${wiki.wikipediaRest('<lang>')}
  gdeltApi:      ${fakeGdeltConfig(apis.origin).gdeltApi}`);
