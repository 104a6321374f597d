import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { demoSnapshot } from '../shared/demo/demo-audit';
import type { Option } from '../shared/model/option';
import type { AuditSnapshot } from '../shared/model/snapshot';
import { reportOptionsFor } from '../shared/report/defaults';
import { reportDocxBytes } from '../shared/report/docx/document';
import {
  NodeReportRenderer,
  type RenderedPdf,
} from '../electron/report/render';

/** A figure of `npm run bench`, compared with its design target. */
export type BenchFigure = {
  name: string;
  value: number;
  unit: string;
  target: number;
  note: string;
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function inputFor(snapshot: AuditSnapshot) {
  return {
    snapshot,
    options: reportOptionsFor(snapshot, {
      kind: 'review',
      issuedOn: '2026-12-01',
    }),
  };
}

/** The demo audit with its option register repeated up to `count`. */
function withManyOptions(count: number): AuditSnapshot {
  const snapshot = demoSnapshot();
  const base = snapshot.options;
  const options = Array.from({ length: count }, (_, i) => {
    const source = base[i % base.length] as Option;
    const round = Math.floor(i / base.length);
    return round === 0
      ? source
      : {
          ...source,
          id: `${source.id}-${round}`,
          code: `${source.code}.${round}`,
          sortIndex: i,
        };
  });
  return { ...snapshot, options };
}

async function timedReports(
  renderer: NodeReportRenderer,
  snapshot: AuditSnapshot,
  runs: number,
): Promise<{ ms: number; pages: number; bytes: number }> {
  const input = inputFor(snapshot);
  const times: number[] = [];
  let pdf: RenderedPdf = { pages: 0, bytes: new Uint8Array() };
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    pdf = await renderer.report(input);
    times.push(performance.now() - start);
  }
  return { ms: median(times), pages: pdf.pages, bytes: pdf.bytes.byteLength };
}

function hasLibreOffice(): boolean {
  try {
    execFileSync('libreoffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The comparison the design quotes: the same report made as .docx and
 * turned into PDF by headless LibreOffice, against our PDF in process.
 * Printed as our time in percent of LibreOffice's; skipped, with a note on
 * stderr, where LibreOffice is not installed.
 */
async function libreOfficeFigure(
  snapshot: AuditSnapshot,
  pdfMs: number,
): Promise<BenchFigure | null> {
  if (!hasLibreOffice()) {
    process.stderr.write('bench: libreoffice not found, docx ratio skipped\n');
    return null;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-bench-docx-'));
  try {
    const start = performance.now();
    const file = path.join(dir, 'report.docx');
    writeFileSync(file, await reportDocxBytes(inputFor(snapshot)));
    execFileSync(
      'libreoffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { stdio: 'ignore' },
    );
    const officeMs = performance.now() - start;
    return {
      name: 'our PDF time vs .docx + LibreOffice',
      value: (pdfMs / officeMs) * 100,
      unit: '%',
      target: 15,
      note: `LibreOffice path ${Math.round(officeMs)} ms (one run, cold)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The demo report (all chapters, 40 options): rendered in this process with
 * the fonts already loaded, as the running app does after its first report;
 * as a cold CLI process, start to file written; and its size.
 */
export async function reportFigures(runs: number): Promise<BenchFigure[]> {
  const snapshot = demoSnapshot();
  const renderer = await NodeReportRenderer.create();
  await renderer.report(inputFor(snapshot));
  const demo = await timedReports(renderer, snapshot, runs);
  const large = await timedReports(renderer, withManyOptions(300), 1);

  const dir = mkdtempSync(path.join(tmpdir(), 'cpaw-bench-report-'));
  const cold: number[] = [];
  try {
    const file = path.join(dir, 'audit.json');
    writeFileSync(file, JSON.stringify(snapshot));
    for (let run = 0; run < Math.max(1, Math.floor(runs / 2)); run += 1) {
      const start = performance.now();
      execFileSync(
        'npx',
        [
          'tsx',
          'electron/cli/index.ts',
          'report',
          file,
          '--out',
          path.join(dir, 'r.pdf'),
        ],
        { stdio: 'ignore' },
      );
      cold.push(performance.now() - start);
    }
    statSync(path.join(dir, 'r.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const office = await libreOfficeFigure(snapshot, demo.ms);
  return [
    {
      name: 'demo report PDF, fonts loaded (in process)',
      value: demo.ms,
      unit: 'ms',
      target: 400,
      note: `median of ${runs}; ${demo.pages} pages`,
    },
    {
      name: 'demo report PDF, cold CLI process',
      value: median(cold),
      unit: 'ms',
      target: 1000,
      note: 'npx tsx … report; includes tsx start-up',
    },
    {
      name: 'demo report PDF size',
      value: demo.bytes / 1024,
      unit: 'KB',
      target: 2048,
      note: 'subset fonts embedded',
    },
    {
      name: '300-option audit report PDF',
      value: large.ms,
      unit: 'ms',
      target: 5000,
      note: `${large.pages} pages, ${Math.round(large.bytes / 1024)} KB; no photos yet`,
    },
    ...(office ? [office] : []),
  ];
}
