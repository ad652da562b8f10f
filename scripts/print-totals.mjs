// Prints "N passed, N failed" from vitest's JSON report. A non-zero check status (formatting or
// type check) adds one failure when vitest itself reported none, so the line never reads green.
import { readFileSync } from 'node:fs';

const [reportPath, checkStatus] = process.argv.slice(2);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
  if (report.numTotalTests === 0 || report.success === false) {
    failed = Math.max(failed, 1);
  }
} catch (error) {
  console.error(`No vitest report at ${reportPath}: ${error.message}`);
  failed = Math.max(failed, 1);
}
if (checkStatus !== '0' && failed === 0) {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
