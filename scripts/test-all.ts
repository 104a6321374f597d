import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm test`: every suite (unit, then end to end in Chromium), followed by
 * one line `N passed, N failed` over all of them, which CI reads. Exits
 * non-zero when any test fails or a suite could not run.
 */
type Suite = { name: string; args: string[]; prepare?: string[] };

const suites: Suite[] = [
  { name: 'unit', args: ['vitest', 'run'] },
  {
    name: 'e2e',
    prepare: ['vite', 'build', '--logLevel', 'warn'],
    args: ['vitest', 'run', '-c', 'vitest.e2e.config.ts'],
  },
];

const reportDir = path.resolve('test-results');
mkdirSync(reportDir, { recursive: true });

let passed = 0;
let failed = 0;
let broken = false;

for (const suite of suites) {
  if (suite.prepare) {
    const prep = spawnSync('npx', suite.prepare, { stdio: 'inherit' });
    if (prep.status !== 0) {
      process.stderr.write(`${suite.name}: preparation failed\n`);
      broken = true;
      continue;
    }
  }
  const report = path.join(reportDir, `${suite.name}.json`);
  rmSync(report, { force: true });
  const run = spawnSync(
    'npx',
    [
      ...suite.args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: 'inherit' },
  );
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numTotalTests: number;
    };
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (run.status !== 0 && json.numFailedTests === 0) broken = true;
  } catch {
    process.stderr.write(`${suite.name}: no test report was written\n`);
    broken = true;
  }
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || broken ? 1 : 0);
