import { describe, expect, it } from 'vitest';
import { en, zhCN } from '@shared/i18n';

function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object'
      ? leaves(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe('locales', () => {
  it('give en exactly the keys of zh-CN', () => {
    expect(
      leaves(en)
        .map(([key]) => key)
        .sort(),
    ).toEqual(
      leaves(zhCN)
        .map(([key]) => key)
        .sort(),
    );
  });

  it('have no empty strings in either language', () => {
    for (const [key, value] of [...leaves(zhCN), ...leaves(en)]) {
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(
        true,
      );
    }
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (text: unknown) =>
      [...String(text).matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(en));
    for (const [key, value] of leaves(zhCN)) {
      expect(vars(english.get(key)), key).toEqual(vars(value));
    }
  });
});
