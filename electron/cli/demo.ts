import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { demoSnapshot } from '@shared/demo/demo-audit';
import { PACKAGE_EXTENSION } from '@shared/package/format';
import type { CliIo } from './common';
import { writePackage } from './package';

/**
 * `demo --out DIR`: the demo audit as DIR/demo-audit.json and as the filing
 * package DIR/demo.cpaudit (without evidence or report files: the demo has
 * no photos, and the report is not generated here yet).
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
  const snapshot = demoSnapshot();
  const packageFile = path.resolve(out, `demo.${PACKAGE_EXTENSION}`);
  return writePackage(snapshot, path.resolve(out), packageFile, t, io);
}
