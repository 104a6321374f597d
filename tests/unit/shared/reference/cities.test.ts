import { describe, expect, it } from 'vitest';
import {
  CITIES,
  citiesOfRegion,
  cityByCode,
  isCityCode,
  regionByKey,
  regionOfCity,
  REGION_KEYS,
} from '@shared/reference/cities';

function shortNamesOf(region: (typeof REGION_KEYS)[number]): string[] {
  return citiesOfRegion(region).map((city) => city.shortZh);
}

describe('cities', () => {
  it('lists the 21 prefecture-level cities once each', () => {
    expect(CITIES).toHaveLength(21);
    expect(new Set(CITIES.map((city) => city.code)).size).toBe(21);
  });

  it('codes every city with a six-digit GB/T 2260 code of Guangdong', () => {
    expect(CITIES.every((city) => /^44\d{2}00$/.test(city.code))).toBe(true);
  });

  it('uses the GB/T 2260 codes of the larger cities', () => {
    expect(cityByCode('440100')?.name.zh).toBe('广州市');
    expect(cityByCode('440300')?.name.zh).toBe('深圳市');
    expect(cityByCode('441900')?.name.en).toBe('Dongguan');
    expect(cityByCode('442000')?.name.en).toBe('Zhongshan');
    expect(cityByCode('445300')?.shortZh).toBe('云浮');
  });

  it('returns undefined for a code outside Guangdong', () => {
    expect(cityByCode('450100')).toBeUndefined();
    expect(isCityCode('450100')).toBe(false);
    expect(isCityCode('440600')).toBe(true);
  });
});

describe('regions', () => {
  it('puts 9, 4, 3 and 5 cities in the four regions', () => {
    expect(REGION_KEYS.map((key) => citiesOfRegion(key).length)).toEqual([
      9, 4, 3, 5,
    ]);
  });

  it('puts the nine Pearl River Delta cities in prd', () => {
    expect(shortNamesOf('prd').sort()).toEqual(
      [
        '广州',
        '深圳',
        '珠海',
        '佛山',
        '惠州',
        '东莞',
        '中山',
        '江门',
        '肇庆',
      ].sort(),
    );
  });

  it('splits the coastal wings and the north as the provincial plan does', () => {
    expect(shortNamesOf('east').sort()).toEqual(
      ['汕头', '汕尾', '潮州', '揭阳'].sort(),
    );
    expect(shortNamesOf('west').sort()).toEqual(
      ['湛江', '茂名', '阳江'].sort(),
    );
    expect(shortNamesOf('north').sort()).toEqual(
      ['韶关', '河源', '梅州', '清远', '云浮'].sort(),
    );
  });

  it('derives the region from a city code', () => {
    expect(regionOfCity('440300')).toBe('prd');
    expect(regionOfCity('440500')).toBe('east');
    expect(regionOfCity('440800')).toBe('west');
    expect(regionOfCity('440200')).toBe('north');
  });

  it('labels the regions in both languages', () => {
    expect(regionByKey('prd').name).toEqual({
      zh: '珠三角',
      en: 'Pearl River Delta',
    });
    expect(regionByKey('east').name.zh).toBe('东翼');
    expect(regionByKey('west').aliasesZh).toContain('粤西');
    expect(regionByKey('north').name.zh).toBe('粤北');
  });
});
