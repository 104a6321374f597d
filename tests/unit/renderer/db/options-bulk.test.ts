import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listRows, removeRow } from '@renderer/db/repositories/audit-rows';
import {
  addOption,
  addOptions,
  type OptionInput,
} from '@renderer/db/repositories/options';
import { AUDIT_ID, contextWithAudit } from '../../../fixtures/audit-rows';

// addOptions is what the options-sheet import writes through: many options
// in one transaction, coded exactly as adding them one by one would.

// The audit under test has the thresholds 5 and 50 万元.
const named = (name: string, investmentWanYuan: number | null) =>
  ({ name, primaryAspect: 'A7', investmentWanYuan }) satisfies OptionInput;

describe('adding options in bulk', () => {
  it('continues each group’s series after the register’s codes, the bin’s included', async () => {
    const ctx = await contextWithAudit();
    await addOption(ctx, AUDIT_ID, named('F1', 1));
    const binned = await addOption(ctx, AUDIT_ID, named('Z1', 20));
    await removeRow(ctx, 'options', binned.id);
    await addOption(ctx, AUDIT_ID, named('F2', 0));

    const added = await addOptions(ctx, AUDIT_ID, [
      named('a', 60),
      named('b', 0),
      named('c', null),
      named('d', 5),
    ]);

    expect(added.map((option) => option.code)).toEqual([
      'Z2',
      'F3',
      'F4',
      'Z3',
    ]);
    const live = await listRows(ctx, 'options', AUDIT_ID);
    expect(live.map((option) => option.name)).toEqual([
      'F1',
      'F2',
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('writes nothing when one of the options is invalid', async () => {
    const ctx = await contextWithAudit();
    await expect(
      addOptions(ctx, AUDIT_ID, [named('good', 1), named('bad', -1)]),
    ).rejects.toMatchObject({ code: 'row-invalid' });
    expect(await ctx.db.options.count()).toBe(0);
  });

  it('refuses options of an audit that does not exist', async () => {
    const ctx = await contextWithAudit();
    await expect(
      addOptions(ctx, 'no-such-audit', [named('a', 1)]),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(await ctx.db.options.count()).toBe(0);
  });

  // Coded one by one against a re-read register this took over a minute.
  it('adds two thousand options in one go, in well under the time limit', async () => {
    const ctx = await contextWithAudit();
    const inputs = Array.from({ length: 2000 }, (_, i) =>
      named(`方案 ${i + 1}`, i % 2 === 0 ? 1 : 10),
    );

    const added = await addOptions(ctx, AUDIT_ID, inputs);

    expect(added).toHaveLength(2000);
    expect(added.at(-2)?.code).toBe('F1000');
    expect(added.at(-1)?.code).toBe('Z1000');
  }, 15_000);
});
