/**
 * A reporter for node's test runner that writes `{ passed, failed, skipped }` as JSON, counting
 * tests, not the suites around them.
 */
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details, skip, todo } = event.data;
    if (details?.type === 'suite') {
      // A suite fails on its own only when its hooks or body threw outside any test.
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') totals.failed++;
      continue;
    }
    if (skip || todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield JSON.stringify(totals);
}
