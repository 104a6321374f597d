import { describe, expect, it } from 'vitest';
import {
  defaultPillarOfIndustryCode,
  DIVISION_CODES,
  DIVISION_LABELS,
  divisionOfIndustryCode,
  PILLAR_GROUP_KEYS,
  PILLAR_INDUSTRIES,
  PRIORITY_SECTOR_KEYS,
  PRIORITY_SECTOR_LABELS,
  sectionOfDivision,
} from '@shared/reference/industries';

describe('pillar industries', () => {
  it('lists nine industries in three groups of three, plus other', () => {
    for (const group of PILLAR_GROUP_KEYS) {
      const members = PILLAR_INDUSTRIES.filter((item) => item.group === group);
      expect(members).toHaveLength(3);
    }
    expect(PILLAR_INDUSTRIES).toHaveLength(10);
    expect(PILLAR_INDUSTRIES.find((item) => item.key === 'other')?.group).toBe(
      null,
    );
  });

  it('groups the new pillar industries as the province does', () => {
    const emerging = PILLAR_INDUSTRIES.filter(
      (item) => item.group === 'emerging',
    ).map((item) => item.name.zh);

    expect(emerging).toEqual(['电子信息', '电气机械', '石油化工']);
  });
});

describe('priority sectors', () => {
  it('lists the 13 sectors of the 2020 ministry notice', () => {
    expect(PRIORITY_SECTOR_KEYS).toHaveLength(13);
    expect(PRIORITY_SECTOR_LABELS.pharmaceuticalIngredients.zh).toBe('原料药');
    expect(PRIORITY_SECTOR_LABELS.industrialCoating.zh).toBe('工业涂装');
  });
});

describe('GB/T 4754-2017 divisions', () => {
  it('covers every division from 06 to 46 without a gap', () => {
    const expected = Array.from({ length: 41 }, (_, index) =>
      String(index + 6).padStart(2, '0'),
    );

    expect(DIVISION_CODES.filter((code) => expected.includes(code))).toEqual(
      expected,
    );
  });

  it('names the manufacturing divisions the audits meet most', () => {
    expect(DIVISION_LABELS['22'].zh).toBe('造纸和纸制品业');
    expect(DIVISION_LABELS['33'].zh).toBe('金属制品业');
    expect(DIVISION_LABELS['39'].zh).toBe('计算机、通信和其他电子设备制造业');
  });

  it.each([
    ['01', 'A'],
    ['06', 'B'],
    ['13', 'C'],
    ['43', 'C'],
    ['44', 'D'],
    ['77', 'N'],
    ['84', 'Q'],
  ] as const)('puts division %s in section %s', (code, section) => {
    expect(sectionOfDivision(code)).toBe(section);
  });

  it('reads the division from two-, three- and four-digit codes', () => {
    expect(divisionOfIndustryCode('39')).toBe('39');
    expect(divisionOfIndustryCode('336')).toBe('33');
    expect(divisionOfIndustryCode(' 3982 ')).toBe('39');
  });

  it('returns undefined for codes that are not listed divisions', () => {
    expect(divisionOfIndustryCode('C39')).toBeUndefined();
    expect(divisionOfIndustryCode('99')).toBeUndefined();
    expect(divisionOfIndustryCode('39821')).toBeUndefined();
  });
});

describe('defaultPillarOfIndustryCode', () => {
  it.each([
    ['39', 'electronics'],
    ['38', 'electricalMachinery'],
    ['25', 'petrochemicals'],
    ['26', 'petrochemicals'],
    ['29', 'petrochemicals'],
    ['17', 'textilesGarments'],
    ['18', 'textilesGarments'],
    ['13', 'foodBeverages'],
    ['14', 'foodBeverages'],
    ['15', 'foodBeverages'],
    ['30', 'buildingMaterials'],
    ['20', 'forestryPaper'],
    ['22', 'forestryPaper'],
    ['27', 'pharmaceuticals'],
    ['36', 'automotive'],
  ])('maps division %s to %s', (code, pillar) => {
    expect(defaultPillarOfIndustryCode(code)).toBe(pillar);
  });

  it('maps a four-digit class through its division', () => {
    expect(defaultPillarOfIndustryCode('3982')).toBe('electronics');
  });

  it('maps motorcycle manufacturing (group 375) to automotive', () => {
    expect(defaultPillarOfIndustryCode('3751')).toBe('automotive');
    expect(defaultPillarOfIndustryCode('37')).toBe('other');
  });

  it('leaves unclear and unreadable codes as other', () => {
    expect(defaultPillarOfIndustryCode('28')).toBe('other');
    expect(defaultPillarOfIndustryCode('33')).toBe('other');
    expect(defaultPillarOfIndustryCode('')).toBe('other');
    expect(defaultPillarOfIndustryCode('C39')).toBe('other');
  });
});
