import { describe, expect, it } from 'vitest';
import { requestSchemas } from '@shared/ipc/contract';
import { fileNamePart } from '@renderer/features/options/use-xlsx-export';

const saveRequest = (suggestedName: string) =>
  requestSchemas['file:save'].safeParse({
    suggestedName,
    kind: 'xlsx',
    bytes: new Uint8Array(1),
  });

describe('the export file name', () => {
  it('keeps a plain audit title as it is', () => {
    expect(fileNamePart(' 2026 年度清洁生产审核（第二轮） ')).toBe(
      '2026 年度清洁生产审核（第二轮）',
    );
  });

  it('replaces what no file system takes, so the save request accepts it', () => {
    const title = '审核 1/2: "A*B"?<C>|\\D\tE\n';
    const part = fileNamePart(title);

    expect(part).toBe('审核 1_2_ _A_B___C___D_E_');
    expect(saveRequest(`方案汇总表-${part}.xlsx`).success).toBe(true);
    expect(saveRequest(`方案汇总表-${title}.xlsx`).success).toBe(false);
  });

  it('shortens a long title', () => {
    expect(fileNamePart('长'.repeat(300))).toHaveLength(80);
  });
});
