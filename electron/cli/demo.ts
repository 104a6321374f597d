import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { demoSnapshot } from '@shared/demo/demo-audit';
import { PACKAGE_EXTENSION } from '@shared/package/format';
import { reportOptionsFor } from '@shared/report/defaults';
import { NodeReportRenderer } from '../report/render';
import type { CliIo } from './common';
import { writePackage } from './package';
import { writeAll } from './report';

/**
 * `demo --out DIR`: the demo audit as DIR/demo-audit.json, its report as
 * DIR/demo.pdf and the filing package DIR/demo.cpaudit (the package holds
 * the audit's records; the demo has no photos, and the report files are
 * not put inside it yet).
 */
export async function writeDemo(
  out: string | undefined,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  if (!out) {
    io.err(t('cli.missingOut'));
    return 2;
  }
  const target = path.resolve(out, 'demo-audit.json');
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(demoSnapshot(), null, 2)}\n`);
  } catch (error) {
    io.err(
      t('cli.writeFailed', {
        path: target,
        reason: (error as NodeJS.ErrnoException).code ?? 'error',
      }),
    );
    return 1;
  }
  io.out(t('cli.wrote', { path: target }));
  const reported = await writeDemoReport(out, t, io);
  if (reported !== 0) return reported;
  const packageFile = path.resolve(out, `demo.${PACKAGE_EXTENSION}`);
  return writePackage(demoSnapshot(), path.resolve(out), packageFile, t, io);
}

async function writeDemoReport(
  out: string,
  t: TFunction,
  io: CliIo,
): Promise<number> {
  const snapshot = demoSnapshot();
  const issuedOn = new Date().toISOString().slice(0, 10);
  const options = reportOptionsFor(snapshot, { kind: 'review', issuedOn });
  try {
    const renderer = await NodeReportRenderer.create();
    const pdf = await renderer.report({ snapshot, options });
    const target = path.resolve(out, 'demo.pdf');
    return (await writeAll([[target, pdf]], t, io)) ? 0 : 1;
  } catch (error) {
    io.err(t('report.cli.renderFailed', { reason: (error as Error).message }));
    return 1;
  }
}
