import { canonicalJson } from '@shared/report/digest';
import type { ReportInput } from '@shared/report/input';

/**
 * SHA-256 (hex) of everything a report was made from: the snapshot and
 * the options, including the consultant's section texts.
 */
export async function reportDataDigest(input: ReportInput): Promise<string> {
  const text = canonicalJson({
    snapshot: input.snapshot,
    options: input.options,
  });
  const hash = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(text),
  );
  return [...new Uint8Array(hash)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}
