import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  settingsPatchSchema,
  settingsSchema,
} from '@shared/settings/schema';
import { applySettingsPatch, migrateSettings } from '@shared/settings/migrate';

describe('settings schema', () => {
  it('accepts the defaults', () => {
    expect(settingsSchema.parse(defaultSettings)).toEqual(defaultSettings);
  });

  it.each([
    ['an unknown language', { language: 'fr' }],
    [
      'a tax rate typed as a percent',
      { economics: { ...defaultSettings.economics, incomeTaxRate: 25 } },
    ],
    [
      'a fractional depreciation period',
      { economics: { ...defaultSettings.economics, depreciationYears: 7.5 } },
    ],
    [
      'cost-class limits in the wrong order',
      { costClass: { lowUpperWanYuan: 50, midUpperWanYuan: 5 } },
    ],
    [
      'an auditor without a name',
      {
        consultancy: {
          ...defaultSettings.consultancy,
          auditors: [{ id: 'a', name: ' ', title: '', certificateNumber: '' }],
        },
      },
    ],
  ])('rejects %s', (_label, patch) => {
    expect(
      settingsSchema.safeParse({ ...defaultSettings, ...patch }).success,
    ).toBe(false);
  });

  it('rejects a patch with a key it does not know', () => {
    expect(settingsPatchSchema.safeParse({ theme: 'dark' }).success).toBe(
      false,
    );
  });

  it('applies a valid patch and throws on an invalid one', () => {
    const next = applySettingsPatch(defaultSettings, { language: 'en' });
    expect(next.language).toBe('en');
    expect(() =>
      applySettingsPatch(defaultSettings, {
        costClass: { lowUpperWanYuan: 60, midUpperWanYuan: 50 },
      }),
    ).toThrow();
  });
});

describe('settings migration', () => {
  it('fills defaults for an empty store', () => {
    expect(migrateSettings(undefined)).toEqual({
      settings: defaultSettings,
      migratedFrom: 0,
      repairedSections: [],
    });
  });

  it('upgrades unversioned settings and keeps their values', () => {
    const result = migrateSettings({
      language: 'en',
      economics: {
        discountRate: 0.06,
        depreciationYears: 8,
        incomeTaxRate: 0.15,
      },
    });
    expect(result.migratedFrom).toBe(0);
    expect(result.settings.language).toBe('en');
    expect(result.settings.economics.depreciationYears).toBe(8);
    expect(result.settings.schemaVersion).toBe(1);
  });

  it('repairs only the broken section of a damaged file', () => {
    const result = migrateSettings({
      ...defaultSettings,
      consultancy: { ...defaultSettings.consultancy, name: '绿源咨询' },
      costClass: { lowUpperWanYuan: 'five' },
    });
    expect(result.repairedSections).toEqual(['costClass']);
    expect(result.settings.costClass).toEqual(defaultSettings.costClass);
    expect(result.settings.consultancy.name).toBe('绿源咨询');
  });
});
