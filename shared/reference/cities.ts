import type { BilingualLabel } from './label';

// Guangdong's 21 prefecture-level cities, coded by their GB/T 2260
// administrative division codes so that records match government lists and
// other systems without a translation table.
export const CITY_CODES = [
  '440100',
  '440200',
  '440300',
  '440400',
  '440500',
  '440600',
  '440700',
  '440800',
  '440900',
  '441200',
  '441300',
  '441400',
  '441500',
  '441600',
  '441700',
  '441800',
  '441900',
  '442000',
  '445100',
  '445200',
  '445300',
] as const;
export type CityCode = (typeof CITY_CODES)[number];

// The province's planning frame: the Pearl River Delta core, the two wings of
// the coastal belt, and the northern ecological zone.
export const REGION_KEYS = ['prd', 'east', 'west', 'north'] as const;
export type RegionKey = (typeof REGION_KEYS)[number];

export interface Region {
  readonly key: RegionKey;
  readonly name: BilingualLabel;
  // Other names the same areas go by in provincial documents.
  readonly aliasesZh: readonly string[];
}

export const REGIONS: readonly Region[] = [
  {
    key: 'prd',
    name: { zh: '珠三角', en: 'Pearl River Delta' },
    aliasesZh: ['珠三角核心区'],
  },
  {
    key: 'east',
    name: { zh: '东翼', en: 'East wing' },
    aliasesZh: ['粤东', '沿海经济带东翼'],
  },
  {
    key: 'west',
    name: { zh: '西翼', en: 'West wing' },
    aliasesZh: ['粤西', '沿海经济带西翼'],
  },
  {
    key: 'north',
    name: { zh: '粤北', en: 'Northern Guangdong' },
    aliasesZh: ['北部生态发展区'],
  },
];

export interface City {
  readonly code: CityCode;
  readonly name: BilingualLabel;
  readonly shortZh: string;
  readonly region: RegionKey;
}

type CityData = Omit<City, 'code'>;

function city(zh: string, en: string, region: RegionKey): CityData {
  return { name: { zh: `${zh}市`, en }, shortZh: zh, region };
}

const CITY_DATA: Readonly<Record<CityCode, CityData>> = {
  '440100': city('广州', 'Guangzhou', 'prd'),
  '440200': city('韶关', 'Shaoguan', 'north'),
  '440300': city('深圳', 'Shenzhen', 'prd'),
  '440400': city('珠海', 'Zhuhai', 'prd'),
  '440500': city('汕头', 'Shantou', 'east'),
  '440600': city('佛山', 'Foshan', 'prd'),
  '440700': city('江门', 'Jiangmen', 'prd'),
  '440800': city('湛江', 'Zhanjiang', 'west'),
  '440900': city('茂名', 'Maoming', 'west'),
  '441200': city('肇庆', 'Zhaoqing', 'prd'),
  '441300': city('惠州', 'Huizhou', 'prd'),
  '441400': city('梅州', 'Meizhou', 'north'),
  '441500': city('汕尾', 'Shanwei', 'east'),
  '441600': city('河源', 'Heyuan', 'north'),
  '441700': city('阳江', 'Yangjiang', 'west'),
  '441800': city('清远', 'Qingyuan', 'north'),
  '441900': city('东莞', 'Dongguan', 'prd'),
  '442000': city('中山', 'Zhongshan', 'prd'),
  '445100': city('潮州', 'Chaozhou', 'east'),
  '445200': city('揭阳', 'Jieyang', 'east'),
  '445300': city('云浮', 'Yunfu', 'north'),
};

export const CITIES: readonly City[] = CITY_CODES.map((code) => ({
  code,
  ...CITY_DATA[code],
}));

export function isCityCode(value: unknown): value is CityCode {
  return (CITY_CODES as readonly unknown[]).includes(value);
}

/** Looks up a city from stored data; undefined for codes outside Guangdong. */
export function cityByCode(code: string): City | undefined {
  return CITIES.find((candidate) => candidate.code === code);
}

export function regionOfCity(code: CityCode): RegionKey {
  return CITY_DATA[code].region;
}

export function regionByKey(key: RegionKey): Region {
  return REGIONS[REGION_KEYS.indexOf(key)] as Region;
}

export function citiesOfRegion(region: RegionKey): readonly City[] {
  return CITIES.filter((candidate) => candidate.region === region);
}
