import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Checks the electron-builder configuration without the Electron binary: a
 * stub electronDist lets `electron-builder --dir --linux` lay out the app,
 * and we assert what app.asar and the resources folder contain. Run after
 * `npm run build`.
 */
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage(file: string, options: object): string[];
};

// A sandboxed preload can require only electron: anything else it pulls in
// must be bundled, or the bridge fails to load in the real app.
const preload = readFileSync('out/preload/index.cjs', 'utf8');
const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map(
  (m) => m[1],
);
const foreign = required.filter((name) => name !== 'electron');
if (foreign.length > 0) {
  process.stderr.write(
    `pack-check: the preload requires ${foreign.join(', ')}; bundle them or drop them\n`,
  );
  process.exit(1);
}

const stub = mkdtempSync(path.join(tmpdir(), 'cpaw-electron-stub-'));
writeFileSync(path.join(stub, 'electron'), '#!/bin/sh\nexit 0\n');
chmodSync(path.join(stub, 'electron'), 0o755);
writeFileSync(path.join(stub, 'LICENSE'), 'stub\n');
writeFileSync(path.join(stub, 'LICENSES.chromium.html'), '<p>stub</p>\n');
mkdirSync(path.join(stub, 'resources'));

const output = mkdtempSync(path.join(tmpdir(), 'cpaw-pack-'));
try {
  execFileSync(
    'npx',
    [
      'electron-builder',
      '--dir',
      '--linux',
      '--publish',
      'never',
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    },
  );
  const resources = path.join(output, 'linux-unpacked', 'resources');
  const entries = asar
    .listPackage(path.join(resources, 'app.asar'), {})
    .map((e) => e.replace(/\\/g, '/'));
  const problems: string[] = [];
  const must = [
    '/package.json',
    '/out/main/index.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
  ];
  for (const entry of must)
    if (!entries.includes(entry)) problems.push(`app.asar lacks ${entry}`);
  const forbidden = [
    /^\/(electron|renderer|shared|tests|scripts)\//,
    /^\/node_modules\/(react|react-dom|vite|vitest|typescript|dexie)\//,
    /\.map$/,
    /^\/out\/renderer\/fonts\//,
  ];
  for (const entry of entries) {
    if (forbidden.some((pattern) => pattern.test(entry)))
      problems.push(`app.asar should not contain ${entry}`);
  }
  for (const font of ['NotoSansSC-Regular.ttf', 'NotoSansSC-Bold.ttf']) {
    if (!existsSync(path.join(resources, 'fonts', font)))
      problems.push(`resources lack fonts/${font}`);
  }
  const mainDeps = entries.filter((e) =>
    /^\/node_modules\/[^/]+\/package\.json$/.test(e),
  ).length;
  if (problems.length) {
    for (const problem of problems)
      process.stderr.write(`pack-check: ${problem}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `pack-check: app.asar has ${entries.length} entries (${mainDeps} packages), fonts in resources\n`,
  );
} finally {
  rmSync(stub, { recursive: true, force: true });
  rmSync(output, { recursive: true, force: true });
}
