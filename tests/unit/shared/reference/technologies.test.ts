import { describe, expect, it } from 'vitest';
import { COST_GROUPS } from '@shared/calc/cost-class';
import { ASPECT_CODES } from '@shared/reference/aspects';
import { isParameterKey } from '@shared/reference/parameters';
import {
  INDUSTRY_GROUPS,
  TECHNOLOGIES,
  searchTechnologies,
  technologiesForIndustry,
  technologyById,
  type Technology,
} from '@shared/reference/technologies';

const ids = (list: readonly Technology[]) => list.map((t) => t.id);
const general = TECHNOLOGIES.filter((t) => t.industry === 'general');
const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

// The parameter keys the catalogue may use: the quantities of an option's
// environmental effect, without the catch-all 'otherFuel' and TN/TP.
const CATALOGUE_PARAMETERS = [
  'electricity',
  'water',
  'naturalGas',
  'steam',
  'rawCoal',
  'diesel',
  'wastewater',
  'cod',
  'ammoniaNitrogen',
  'so2',
  'nox',
  'particulates',
  'vocs',
  'heavyMetals',
  'solidWaste',
  'hazardousWaste',
  'co2',
];

describe('technology catalogue data', () => {
  it('gives every entry a unique kebab-case id', () => {
    const all = ids(TECHNOLOGIES);

    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it('uses only the aspect codes A1 to A8', () => {
    for (const t of TECHNOLOGIES) expect(ASPECT_CODES).toContain(t.aspect);
  });

  it('has at least three general options for every aspect', () => {
    for (const aspect of ASPECT_CODES) {
      const count = general.filter((t) => t.aspect === aspect).length;
      expect(count, aspect).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses only known, non-repeated parameter keys', () => {
    for (const t of TECHNOLOGIES) {
      for (const key of t.parameters) {
        expect(isParameterKey(key), t.id).toBe(true);
        expect(CATALOGUE_PARAMETERS, t.id).toContain(key);
      }
      expect(new Set(t.parameters).size, t.id).toBe(t.parameters.length);
    }
  });

  it('lists CO2 for every change in fuel burned on site', () => {
    const fuels: readonly string[] = ['rawCoal', 'naturalGas', 'diesel'];
    for (const t of TECHNOLOGIES) {
      const burnsFuel = t.parameters.some((key) => fuels.includes(key));
      if (burnsFuel) expect(t.parameters, t.id).toContain('co2');
    }
  });

  it('uses only the two cost groups', () => {
    for (const t of TECHNOLOGIES) expect(COST_GROUPS).toContain(t.costGroup);
  });

  it('matches each entry to its group pillar industry and divisions', () => {
    for (const t of TECHNOLOGIES) {
      const group = INDUSTRY_GROUPS.find((g) => g.key === t.industry);
      const allowed: readonly string[] = group?.divisionCodes ?? [];

      expect(group, t.id).toBeDefined();
      expect(t.pillarIndustry ?? null, t.id).toBe(group?.pillarIndustry);
      for (const code of t.divisionCodes ?? []) {
        expect(allowed, t.id).toContain(code);
      }
    }
  });

  it('has entries for every industry group', () => {
    for (const group of INDUSTRY_GROUPS) {
      const count = TECHNOLOGIES.filter((t) => t.industry === group.key);
      expect(count.length, group.key).toBeGreaterThan(0);
    }
  });

  it('has non-empty Chinese and English names and descriptions', () => {
    for (const t of TECHNOLOGIES) {
      for (const label of [t.name, t.description]) {
        expect(label.zh.trim(), t.id).not.toBe('');
        expect(label.en.trim(), t.id).not.toBe('');
        expect(hasHan(label.zh), t.id).toBe(true);
        expect(hasHan(label.en), t.id).toBe(false);
      }
    }
  });

  it('writes each description as one sentence', () => {
    for (const t of TECHNOLOGIES) {
      expect(t.description.zh, t.id).toMatch(/^[^。]+。$/);
      expect(t.description.en, t.id).toMatch(/^[^.]+(\.[^.\s][^.]*)*\.$/);
    }
  });
});

describe('technologiesForIndustry', () => {
  it('lists the group entries first, then every general entry', () => {
    const pcb = TECHNOLOGIES.filter((t) => t.industry === 'pcb');

    expect(ids(technologiesForIndustry('pcb'))).toEqual([
      ...ids(pcb),
      ...ids(general),
    ]);
  });

  it('returns only the general entries for the general key', () => {
    expect(ids(technologiesForIndustry('general'))).toEqual(ids(general));
  });

  it('returns every group sharing a division, in catalogue order', () => {
    const result = technologiesForIndustry('39');
    const groupsInOrder = [...new Set(result.map((t) => t.industry))];

    expect(groupsInOrder).toEqual(['electronics', 'pcb', 'general']);
  });

  it('keeps entries for another division of the group out of a class code', () => {
    const result = ids(technologiesForIndustry('1513'));

    expect(result).toContain('food-beer-low-pressure-boiling');
    expect(result).toContain('food-cip-optimisation');
    expect(result).not.toContain('food-sugar-continuous-boiling');
    expect(result.slice(-general.length)).toEqual(ids(general));
  });

  it('falls back to the general entries for an unknown key or code', () => {
    expect(ids(technologiesForIndustry('99'))).toEqual(ids(general));
    expect(ids(technologiesForIndustry('mining'))).toEqual(ids(general));
  });
});

describe('searchTechnologies', () => {
  it('matches English names case-insensitively', () => {
    expect(ids(searchTechnologies('led LIGHTING', 'en'))).toEqual([
      'general-led-lighting',
    ]);
  });

  it('matches a substring of Chinese names', () => {
    expect(ids(searchTechnologies('蚀刻液', 'zh'))).toEqual([
      'pcb-etchant-regeneration',
    ]);
  });

  it('searches only the names in the requested language', () => {
    expect(searchTechnologies('蚀刻液', 'en')).toEqual([]);
    expect(searchTechnologies('etchant', 'zh')).toEqual([]);
  });

  it('folds full-width letters and subscript digits', () => {
    expect(ids(searchTechnologies('ＬＥＤ', 'zh'))).toContain(
      'general-led-lighting',
    );
    expect(ids(searchTechnologies('co2', 'zh'))).toContain(
      'chem-soda-flue-gas-co2',
    );
  });

  it('returns results in catalogue order with general entries last', () => {
    const result = searchTechnologies('逆流', 'zh');
    const firstGeneral = result.findIndex((t) => t.industry === 'general');
    const tail = result.slice(firstGeneral);

    expect(firstGeneral).toBeGreaterThan(0);
    expect(tail.every((t) => t.industry === 'general')).toBe(true);
  });

  it('returns nothing for a blank query', () => {
    expect(searchTechnologies('  ', 'zh')).toEqual([]);
  });
});

describe('technologyById', () => {
  it('finds an entry by id and returns undefined for an unknown id', () => {
    expect(technologyById('pcb-etchant-regeneration')?.name.zh).toBe(
      '蚀刻液在线再生回用',
    );
    expect(technologyById('no-such-option')).toBeUndefined();
  });
});
