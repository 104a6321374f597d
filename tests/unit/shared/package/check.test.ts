import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n';
import { packageProblemCodes } from '@shared/package/problems';
import { checkPackage } from '@shared/package/read';
import { manifestSchema, PACKAGE_LIMITS } from '@shared/package/format';
import {
  bytesSource,
  readEntry,
  readZipEntries,
} from '@shared/package/zip-reader';
import {
  alterPackage,
  demoWithPhotos,
  packageBytes,
  readJsonEntry,
  rewriteAuditJson,
  writeJsonEntry,
} from '../../../fixtures/package';

async function problemsOf(bytes: Uint8Array) {
  const result = await checkPackage(bytesSource(bytes));
  return result.ok ? [] : result.problems.map((p) => p.code);
}

describe('filing package check', { timeout: 30_000 }, () => {
  it('accepts a package the builder made and gives back every record and byte', async () => {
    const { snapshot, files } = demoWithPhotos();
    const bytes = await packageBytes(snapshot, files, [
      {
        name: 'report.pdf',
        mediaType: 'application/pdf',
        bytes: strToU8('%PDF-1.7'),
      },
    ]);
    const result = await checkPackage(bytesSource(bytes));

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.snapshot).toEqual(snapshot);
    expect(result.value.manifest.files.map((f) => f.path).sort()).toEqual(
      [
        'attachments/att-1/现场照片 1.jpg',
        'attachments/att-2/水平衡测试_表.pdf',
        'audit.json',
        'report/report.pdf',
      ].sort(),
    );
    for (const file of files) {
      const entry = result.value.attachmentEntries.get(file.meta.id);
      expect(entry).toBeDefined();
      if (entry)
        expect(await readEntry(bytesSource(bytes), entry)).toEqual(file.bytes);
    }
  });

  it('stores attachments uncompressed and lists them with size and hash', async () => {
    const { snapshot, files } = demoWithPhotos();
    const bytes = await packageBytes(snapshot, files);
    const entries = await readZipEntries(bytesSource(bytes));
    const photo = entries.find((e) => e.name.startsWith('attachments/att-1/'));
    expect(photo?.method).toBe(0);
    const manifest = manifestSchema.parse(
      readJsonEntry(
        Object.fromEntries([
          [
            'manifest.json',
            await readEntry(
              bytesSource(bytes),
              entries.find((e) => e.name === 'manifest.json')!,
            ),
          ],
        ]),
        'manifest.json',
      ),
    );
    const listed = manifest.files.find((f) => f.path === photo?.name);
    expect(listed).toMatchObject({
      size: files[0]?.bytes.length,
      sha256: files[0]?.meta.sha256,
      mediaType: 'image/jpeg',
    });
  });

  it('refuses an entry that climbs out of the folder', async () => {
    const bytes = alterPackage(
      await packageBytes(demoWithPhotos().snapshot, demoWithPhotos().files),
      (entries) => {
        entries['../evil.txt'] = strToU8('x');
      },
    );
    expect(await problemsOf(bytes)).toEqual(['package-climbing-path']);
  });

  it.each([
    ['/etc/passwd', 'package-absolute-path'],
    ['C:/Windows/x', 'package-absolute-path'],
    ['..\\evil.exe', 'package-climbing-path'],
    ['a\\b', 'package-unsafe-path'],
    ['a/./b', 'package-unsafe-path'],
    ['a//b', 'package-unsafe-path'],
  ])('refuses the entry name %s as %s', async (name, code) => {
    const bytes = zipSync({ [name]: strToU8('x') }, { level: 0 });
    expect(await problemsOf(bytes)).toEqual([code]);
  });

  it('refuses a package with more entries than the limit, before reading any', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i <= PACKAGE_LIMITS.maxEntries; i += 1) {
      entries[`attachments/a${i}/x.txt`] = new Uint8Array(0);
    }
    const result = await checkPackage(bytesSource(zipSync(entries)));
    expect(result.ok ? [] : result.problems).toEqual([
      {
        code: 'package-too-many-entries',
        detail: String(PACKAGE_LIMITS.maxEntries + 1),
      },
    ]);
  });

  it('refuses two records of one table with the same id', async () => {
    const { snapshot, files } = demoWithPhotos();
    const option = snapshot.options[0]!;
    const bytes = alterPackage(
      await packageBytes(snapshot, files),
      (entries) => {
        rewriteAuditJson(entries, (audit) => {
          const options = audit.options as Record<string, unknown>[];
          // A second row under the same id, with its own code and name.
          options.push({ ...options[1], id: option.id });
          return audit;
        });
      },
    );
    const result = await checkPackage(bytesSource(bytes));
    expect(result.ok ? [] : result.problems).toEqual([
      { code: 'package-duplicate-id', detail: `options:${option.id}` },
    ]);
  });

  it('refuses an entry that expands more than the ratio allows', async () => {
    const bomb = zipSync(
      { 'audit.json': new Uint8Array(8 * 1024 * 1024) },
      { level: 9 },
    );
    expect(await problemsOf(bomb)).toEqual(['package-ratio']);
  });

  it('refuses a file whose bytes differ from the manifest', async () => {
    const { snapshot, files } = demoWithPhotos();
    const bytes = alterPackage(
      await packageBytes(snapshot, files),
      (entries) => {
        const name = 'attachments/att-1/现场照片 1.jpg';
        const photo = entries[name];
        if (photo) photo[100] = (photo[100] ?? 0) ^ 0xff;
      },
    );
    expect(await problemsOf(bytes)).toEqual(['package-hash-mismatch']);
  });

  it('refuses a package cut short', async () => {
    const { snapshot, files } = demoWithPhotos();
    const bytes = await packageBytes(snapshot, files);
    expect(await problemsOf(bytes.subarray(0, bytes.length - 3000))).toEqual([
      'package-truncated',
    ]);
  });

  it('refuses a file that is not a zip at all', async () => {
    expect(await problemsOf(strToU8('just text, not a package'))).toEqual([
      'package-not-zip',
    ]);
  });

  it('refuses a newer format version and says which', async () => {
    const { snapshot, files } = demoWithPhotos();
    const bytes = alterPackage(
      await packageBytes(snapshot, files),
      (entries) => {
        const manifest = readJsonEntry(entries, 'manifest.json');
        writeJsonEntry(entries, 'manifest.json', {
          ...manifest,
          formatVersion: 2,
        });
      },
    );
    const result = await checkPackage(bytesSource(bytes));
    expect(result.ok ? [] : result.problems).toEqual([
      { code: 'package-too-new', detail: '2' },
    ]);
  });

  it('refuses a record that breaks its schema, naming the field', async () => {
    const { snapshot, files } = demoWithPhotos();
    const bytes = alterPackage(
      await packageBytes(snapshot, files),
      (entries) => {
        rewriteAuditJson(entries, (audit) => {
          const options = audit.options as Record<string, unknown>[];
          options[0] = { ...options[0], investmentWanYuan: 'lots' };
          return audit;
        });
      },
    );
    const result = await checkPackage(bytesSource(bytes));
    expect(result.ok ? [] : result.problems).toEqual([
      { code: 'package-record-invalid', detail: 'options.0.investmentWanYuan' },
    ]);
  });

  it('refuses an entry the manifest does not list', async () => {
    const { snapshot, files } = demoWithPhotos();
    const bytes = alterPackage(
      await packageBytes(snapshot, files),
      (entries) => {
        entries['extra.exe'] = strToU8('MZ');
      },
    );
    expect(await problemsOf(bytes)).toEqual(['package-unlisted-entry']);
  });

  it('refuses a zip without a manifest', async () => {
    const bytes = zipSync({ 'audit.json': strToU8('{}') });
    expect(await problemsOf(bytes)).toEqual(['package-no-manifest']);
  });

  it('has a message for every problem code in both languages', () => {
    for (const { translation } of Object.values(resources)) {
      for (const code of packageProblemCodes) {
        expect(translation.packages.problems[code]).toMatch(/\S/);
      }
    }
  });
});
