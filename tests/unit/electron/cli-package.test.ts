import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attachmentPath } from '@shared/package/format';
import { checkPackage } from '@shared/package/read';
import { bytesSource } from '@shared/package/zip-reader';
import { runCli } from '../../../electron/cli/run';
import { capture } from '../../fixtures/cli-io';
import * as fixture from '../../fixtures/package';

const tempDir = () => fs.mkdtempSync(path.join(tmpdir(), 'cpaw-pkg-'));

/** The demo with two pieces of evidence laid out as `package` reads them. */
function snapshotFolder(): { dir: string; file: string } {
  const dir = tempDir();
  const { snapshot, files } = fixture.demoWithPhotos();
  for (const { meta, bytes } of files) {
    const where = path.join(dir, attachmentPath(meta));
    fs.mkdirSync(path.dirname(where), { recursive: true });
    fs.writeFileSync(where, bytes);
  }
  const file = path.join(dir, 'audit.json');
  fs.writeFileSync(file, JSON.stringify(snapshot));
  return { dir, file };
}

async function verify(bytes: Uint8Array, lang = 'zh-CN') {
  const file = path.join(tempDir(), 'x.cpaudit');
  fs.writeFileSync(file, bytes);
  const run = capture();
  const code = await runCli(['verify', file, '--lang', lang], run.io);
  return { code, file, ...run };
}

describe('package and verify on the command line', { timeout: 60_000 }, () => {
  it('writes demo.cpaudit beside the snapshot with demo --out, and verify finds it sound', async () => {
    const dir = tempDir();
    expect(await runCli(['demo', '--out', dir], capture().io)).toBe(0);
    const file = path.join(dir, 'demo.cpaudit');
    const result = await checkPackage(bytesSource(fs.readFileSync(file)));
    expect(result.ok).toBe(true);

    const { io, out, err } = capture();
    expect(await runCli(['verify', file, '--lang', 'en'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(
      /the package is sound; audit .+, files checked: 1\.$/,
    );
  });

  it('packages a snapshot with its evidence byte for byte', async () => {
    const { dir, file } = snapshotFolder();
    const target = path.join(dir, 'out.cpaudit');
    const { io, err } = capture();
    expect(await runCli(['package', file, '--out', target], io)).toBe(0);
    expect(err).toEqual([]);

    const bytes = fs.readFileSync(target);
    const result = await checkPackage(bytesSource(bytes));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.snapshot).toEqual(fixture.demoWithPhotos().snapshot);
    expect(result.value.attachmentEntries.size).toBe(2);
  });

  it('refuses to package when evidence is missing or changed, and writes nothing', async () => {
    const { dir, file } = snapshotFolder();
    const { snapshot } = fixture.demoWithPhotos();
    const [first, second] = snapshot.attachments;
    fs.writeFileSync(path.join(dir, attachmentPath(first!)), strToU8('other'));
    fs.rmSync(path.join(dir, attachmentPath(second!)));
    const target = path.join(dir, 'out.cpaudit');

    const { io, err } = capture();
    expect(
      await runCli(['package', file, '--out', target, '--lang', 'en'], io),
    ).toBe(1);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/differs in size or content/);
    expect(err[1]).toMatch(/is missing/);
    expect(() => fs.readFileSync(target)).toThrow();
  });

  it('says what is missing with exit 2', async () => {
    const run = capture();
    expect(await runCli(['verify'], run.io)).toBe(2);
    expect(run.err).toHaveLength(1);
    const { file } = snapshotFolder();
    expect(await runCli(['package', file], run.io)).toBe(2);
    expect(run.err[1]).toMatch(/--out/);
  });

  it('reports a file that does not exist with exit 1', async () => {
    const { io, err } = capture();
    const file = path.join(tempDir(), 'none.cpaudit');
    expect(await runCli(['verify', file], io)).toBe(1);
    expect(err).toHaveLength(1);
  });

  it.each([
    [
      'a climbing path',
      (e: Record<string, Uint8Array>) => {
        e['../evil.txt'] = strToU8('x');
      },
      /climbs out of its folder/,
    ],
    [
      'a changed byte',
      (e: Record<string, Uint8Array>) => {
        const name = Object.keys(e).find((n) => n.startsWith('attachments/'))!;
        const bytes = e[name]!;
        bytes[0] = (bytes[0] ?? 0) ^ 1;
      },
      /does not match the checksum/,
    ],
    [
      'a newer format',
      (e: Record<string, Uint8Array>) => {
        const manifest = fixture.readJsonEntry(e, 'manifest.json');
        fixture.writeJsonEntry(e, 'manifest.json', {
          ...manifest,
          formatVersion: 3,
        });
      },
      /Update the app/,
    ],
    [
      'an invalid record',
      (e: Record<string, Uint8Array>) => {
        fixture.rewriteAuditJson(e, (audit) => ({ ...audit, company: {} }));
      },
      /Data in the package is not valid \(company/,
    ],
  ])(
    'exits 1 with one line naming the file for %s',
    async (_what, change, message) => {
      const { snapshot, files } = fixture.demoWithPhotos();
      const good = await fixture.packageBytes(snapshot, files);
      const { code, err, out, file } = await verify(
        fixture.alterPackage(good, change),
        'en',
      );
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err).toHaveLength(1);
      expect(err[0]?.startsWith(`${file}: `)).toBe(true);
      expect(err[0]).toMatch(message);
    },
  );

  it('gives one line per problem when there are several, in Chinese by default', async () => {
    const { snapshot, files } = fixture.demoWithPhotos();
    const good = await fixture.packageBytes(snapshot, files);
    const { code, err } = await verify(
      fixture.alterPackage(good, (e) => {
        e['extra-1.txt'] = strToU8('1');
        e['extra-2.txt'] = strToU8('2');
      }),
    );
    expect(code).toBe(1);
    expect(err).toHaveLength(2);
    expect(err[0]).toMatch(/清单未列出的文件“extra-1\.txt”/);
    expect(err[1]).toMatch(/extra-2\.txt/);
  });

  it('refuses a cut-off package', async () => {
    const { snapshot, files } = fixture.demoWithPhotos();
    const good = await fixture.packageBytes(snapshot, files);
    const { code, err } = await verify(good.subarray(0, good.length - 50));
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/不完整/);
  });
});
