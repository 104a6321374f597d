import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { MAX_ATTACHMENT_BYTES } from '@shared/model/attachment';
import { sha256Hex } from '@shared/crypto/sha256';
import { listAttachments } from '@renderer/db/repositories/attachments';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import {
  addEvidenceFile,
  MIN_FREE_BYTES,
  sizeText,
  storageIsLow,
} from '@renderer/features/evidence/add-evidence';
import { photoBytes } from '../../../fixtures/package';
import { testContext } from '../../../fixtures/repo-context';

async function demoStep() {
  const ctx = testContext();
  await openSnapshot(ctx, demoSnapshot());
  const step = demoSnapshot().stageSteps[0]!;
  const table = 'stageSteps' as const;
  return { ctx, owner: { auditId: DEMO_AUDIT_ID, table, id: step.id } };
}

const plenty = { usedBytes: 0, freeBytes: 10 * 1024 ** 3 };

describe('adding evidence', () => {
  it('stores the file under its record with its name, type, size and hash', async () => {
    const { ctx, owner } = await demoStep();
    const bytes = photoBytes(3, 4000);
    const file = new File([bytes as BlobPart], '现场.jpg', {
      type: 'image/jpeg',
    });

    const outcome = await addEvidenceFile(ctx, owner, file, {
      downscale: false,
      storage: plenty,
    });

    expect(outcome).toEqual({ ok: true });
    const [stored] = await listAttachments(ctx, owner);
    expect(stored).toMatchObject({
      name: '现场.jpg',
      mediaType: 'image/jpeg',
      size: 4000,
      sha256: sha256Hex(bytes),
      ownerTable: 'stageSteps',
      ownerId: owner.id,
    });
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(bytes);
  });

  it('refuses a file over the size limit and stores nothing', async () => {
    const { ctx, owner } = await demoStep();
    const big = new File([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)], 'a.pdf');

    const outcome = await addEvidenceFile(ctx, owner, big, {
      downscale: false,
      storage: plenty,
    });

    expect(outcome).toEqual({
      ok: false,
      reason: 'too-large',
      size: MAX_ATTACHMENT_BYTES + 1,
    });
    expect(await listAttachments(ctx, owner)).toEqual([]);
  });

  it('refuses a file that would leave less than the reserve free', async () => {
    const { ctx, owner } = await demoStep();
    const file = new File([new Uint8Array(2048)], 'b.png');
    const storage = { usedBytes: 0, freeBytes: MIN_FREE_BYTES + 1000 };

    const outcome = await addEvidenceFile(ctx, owner, file, {
      downscale: false,
      storage,
    });

    expect(outcome).toMatchObject({ ok: false, reason: 'no-room' });
    expect(await listAttachments(ctx, owner)).toEqual([]);
  });

  it('warns when less than a tenth of the quota or 400 MB is free', () => {
    const gb = 1024 ** 3;
    expect(storageIsLow({ usedBytes: 95 * gb, freeBytes: 5 * gb })).toBe(true);
    expect(storageIsLow({ usedBytes: 0, freeBytes: 300 * 1024 ** 2 })).toBe(
      true,
    );
    expect(storageIsLow({ usedBytes: 10 * gb, freeBytes: 50 * gb })).toBe(
      false,
    );
  });

  it('writes sizes in KB, MB and GB', () => {
    expect(sizeText(500)).toBe('1 KB');
    expect(sizeText(300 * 1024)).toBe('300 KB');
    expect(sizeText(5.25 * 1024 ** 2)).toBe('5.3 MB');
    expect(sizeText(2 * 1024 ** 3)).toBe('2.0 GB');
  });
});
