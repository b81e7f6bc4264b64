// Prints one closing line, "N passed, N failed, N skipped", over the Vitest JSON reports of
// the unit, end-to-end (Chromium) and Firefox runs.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of [
  'test-artifacts/vitest-unit.json',
  'test-artifacts/vitest-e2e.json',
  'test-artifacts/vitest-firefox.json',
]) {
  if (!existsSync(file)) {
    console.log(`summary: ${file} is missing (that run did not happen)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
