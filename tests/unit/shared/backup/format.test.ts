import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBackup, readManifest } from '@shared/backup/read';
import { sha256Hex } from '@shared/crypto/sha256';
import { writeBackup } from '@shared/backup/write';
import { backupContents } from './fixtures';

/** Unpacks a backup, lets a test change its entries, and packs it again. */
function tamper(
  bytes: Uint8Array,
  change: (entries: Record<string, Uint8Array>) => void,
): Uint8Array {
  const entries = unzipSync(bytes);
  change(entries);
  return zipSync(entries);
}

const manifestOf = (entries: Record<string, Uint8Array>) =>
  JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array));

function withManifest(
  bytes: Uint8Array,
  edit: (manifest: Record<string, unknown>) => void,
): Uint8Array {
  return tamper(bytes, (entries) => {
    const manifest = manifestOf(entries);
    edit(manifest);
    entries['manifest.json'] = strToU8(JSON.stringify(manifest));
  });
}

describe('backup format', () => {
  it('reads back every table, record and binary it wrote', () => {
    const contents = backupContents();
    const result = readBackup(writeBackup(contents), 3);
    if (!result.ok) throw new Error(result.code);
    expect([...result.value.tables.entries()]).toEqual(
      contents.tables.map((t) => [t.name, t.records]),
    );
    expect(result.value.binaries).toEqual(contents.binaries);
    expect(result.value.manifest.tables[0]).toMatchObject({
      name: 'audits',
      count: 1,
    });
    expect(result.value.manifest.audits).toEqual(contents.audits);
  });

  it('packs the same snapshot to the same bytes', () => {
    expect(writeBackup(backupContents())).toEqual(
      writeBackup(backupContents()),
    );
  });

  it('reads the manifest alone without the tables', () => {
    const result = readManifest(writeBackup(backupContents()), 3);
    expect(result.ok && result.value.schemaVersion).toBe(3);
  });

  it('refuses a backup from a newer schema with schema-too-new', () => {
    const bytes = writeBackup(backupContents({ schemaVersion: 9 }));
    expect(readBackup(bytes, 3)).toEqual({ ok: false, code: 'schema-too-new' });
    expect(readManifest(bytes, 3)).toEqual({
      ok: false,
      code: 'schema-too-new',
    });
  });

  it('refuses a newer format version with format-too-new', () => {
    const bytes = withManifest(writeBackup(backupContents()), (m) => {
      m.formatVersion = 2;
    });
    expect(readBackup(bytes, 3)).toEqual({ ok: false, code: 'format-too-new' });
  });

  it.each([
    ['random bytes', strToU8('PK but not really a zip at all')],
    ['an empty file', new Uint8Array(0)],
    ['a zip without a manifest', zipSync({ 'a.txt': strToU8('hello') })],
    [
      'a zip from another program',
      zipSync({ 'manifest.json': strToU8('{"name":"other"}') }),
    ],
  ])('refuses %s with not-a-backup', (_label, bytes) => {
    expect(readBackup(bytes, 3)).toEqual({ ok: false, code: 'not-a-backup' });
  });

  const original = () => writeBackup(backupContents());
  it.each([
    [
      'a table whose bytes no longer match their hash',
      () =>
        tamper(original(), (e) => {
          e['tables/audits.json'] = strToU8('[{"id":"a1","title":"X"}]');
        }),
    ],
    [
      'a binary that was cut short',
      () =>
        tamper(original(), (e) => {
          e['binaries/000000.bin'] = strToU8('not really');
        }),
    ],
    [
      'a listed table that is missing',
      () =>
        tamper(original(), (e) => {
          delete e['tables/photos.json'];
        }),
    ],
    [
      'an entry the manifest does not list',
      () =>
        tamper(original(), (e) => {
          e['../../evil.sh'] = strToU8('rm -rf /');
        }),
    ],
    [
      'a record count that disagrees with the table',
      () =>
        withManifest(original(), (m) => {
          (m.tables as { count: number }[])[0]!.count = 2;
        }),
    ],
    [
      'a table that is not a list of records',
      () =>
        tamper(original(), (e) => {
          const body = strToU8('{"id":"a1"}');
          e['tables/audits.json'] = body;
          const manifest = manifestOf(e);
          Object.assign(manifest.tables[0], {
            bytes: body.length,
            sha256: sha256Hex(body),
          });
          e['manifest.json'] = strToU8(JSON.stringify(manifest));
        }),
    ],
    [
      'a table name that climbs out of its folder',
      () =>
        withManifest(original(), (m) => {
          (m.tables as { name: string }[])[0]!.name = '../audits';
        }),
    ],
    [
      'a manifest with fields it should not have',
      () =>
        withManifest(original(), (m) => {
          m.script = 'alert(1)';
        }),
    ],
  ])('refuses %s as damaged', (_label, build) => {
    expect(readBackup(build(), 3)).toEqual({ ok: false, code: 'damaged' });
  });

  it('refuses a zip that claims to unpack to more than the limit', () => {
    const bytes = zipSync({
      'manifest.json': strToU8('{}'),
      'tables/a.json': new Uint8Array(1024),
    });
    // Patch the "uncompressed size" of the second central-directory record.
    const view = new DataView(bytes.buffer);
    const records = [...bytes.keys()].filter(
      (i) => i + 4 <= bytes.length && view.getUint32(i, true) === 0x02014b50,
    );
    expect(records).toHaveLength(2);
    view.setUint32((records[1] as number) + 24, 0xfffffff0, true);
    expect(readBackup(bytes, 3)).toEqual({ ok: false, code: 'too-large' });
  });
});
