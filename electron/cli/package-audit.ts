import { strFromU8, unzipSync } from 'fflate';

// Reads only audit.json out of a .cpaudit package, for the portfolio
// summary. This is a stopgap: the full package format, with its manifest,
// hashes, entry-name and compression-ratio checks, is being built in
// shared/package/, and once it exists this module should give way to its
// verified reader. Until then a package is trusted as far as its audit.json
// passes the snapshot schema (checked by the caller); nothing else in the
// zip is read or checked.

// audit.json of a 300-option audit is a few MB; the limit stops a crafted
// zip from inflating gigabytes into memory.
export const MAX_AUDIT_JSON_MB = 64;

export type PackageAuditResult =
  | { ok: true; json: unknown }
  | { ok: false; code: 'unreadable' | 'no-audit' | 'too-large' | 'not-json' };

export function auditJsonOfPackage(bytes: Uint8Array): PackageAuditResult {
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'audit.json') return false;
        tooLarge = file.originalSize > MAX_AUDIT_JSON_MB * 1024 * 1024;
        return !tooLarge;
      },
    });
  } catch {
    return { ok: false, code: 'unreadable' };
  }
  if (tooLarge) return { ok: false, code: 'too-large' };
  const entry = files['audit.json'];
  if (entry === undefined) return { ok: false, code: 'no-audit' };
  try {
    return { ok: true, json: JSON.parse(strFromU8(entry)) };
  } catch {
    return { ok: false, code: 'not-json' };
  }
}
