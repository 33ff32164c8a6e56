// Fails the Maven build when the browser tests failed. They run in integration-test with their exit code
// ignored (so that the app is still stopped afterwards); this check, in verify, reads their JSON report.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch (err) {
  console.error(`No browser-test report at ${file}: the tests did not run (${err.message}).`);
  process.exit(1);
}
const { numTotalTests, numPassedTests, numFailedTests, numPendingTests } = report;
console.log(`Browser tests run: ${numTotalTests}`);
console.log(`Browser: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
if (!report.success || numFailedTests > 0 || numTotalTests === 0) {
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') console.error(`FAILED: ${test.fullName}\n  ${(test.failureMessages ?? []).join('\n  ').split('\n').slice(0, 6).join('\n  ')}`);
    }
  }
  process.exit(1);
}
