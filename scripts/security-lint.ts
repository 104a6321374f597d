import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Electronegativity over the built app (out/: main, preload and the renderer
 * with its CSP). The tool always exits 0, so this gate reads its CSV and
 * fails on any HIGH finding. Run after `npm run build`.
 */
// Each bundle must first be valid JavaScript: Electronegativity skips a
// file it cannot parse and then reports its checks as failed or, worse,
// passed; and a main bundle that does not parse is an app that never starts.
const bundles = [
  ...readdirSync('out/main').map((name) => path.join('out/main', name)),
  ...readdirSync('out/preload').map((name) => path.join('out/preload', name)),
].filter((file) => /\.(c|m)?js$/.test(file));
let broken = 0;
for (const file of bundles) {
  const module = file.startsWith(path.join('out', 'main'));
  const check = spawnSync(
    process.execPath,
    module ? ['--input-type=module', '--check'] : ['--check', file],
    module
      ? { input: readFileSync(file), encoding: 'utf8' }
      : { encoding: 'utf8' },
  );
  if (check.status !== 0) {
    broken += 1;
    const reason = (check.stderr || '').split('\n').slice(0, 4).join(' ');
    process.stderr.write(
      `security-lint: ${file} is not valid JavaScript: ${reason}\n`,
    );
  }
}
if (broken > 0) process.exit(1);

const csv = path.join(
  mkdtempSync(path.join(tmpdir(), 'cpaw-eng-')),
  'findings.csv',
);
const electronVersion = (
  JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as {
    version: string;
  }
).version;
spawnSync(
  'npx',
  ['electronegativity', '-i', 'out', '-o', csv, '-e', electronVersion],
  { stdio: 'ignore' },
);

let rows: string[][];
try {
  rows = readFileSync(csv, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',').map((cell) => cell.replace(/^"|"$/g, '')));
} catch {
  process.stderr.write('security-lint: Electronegativity wrote no report\n');
  process.exit(1);
}

const count = (severity: string) =>
  rows.filter((row) => row[1] === severity).length;
for (const row of rows)
  process.stdout.write(
    `  ${row[1]} ${row[0]} ${path.relative('.', row[3] ?? '')}:${row[4] ?? ''}\n`,
  );
process.stdout.write(
  `security-lint: ${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low\n`,
);
process.exit(count('HIGH') > 0 ? 1 : 0);
