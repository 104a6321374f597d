import type { BilingualLabel } from './label';

// Three ways of grouping a company's industry that statistics ask for: the
// province's nine pillar industries, the ministry's priority sectors, and the
// national classification GB/T 4754-2017.

export const PILLAR_GROUP_KEYS = [
  'emerging',
  'traditional',
  'potential',
] as const;
export type PillarGroupKey = (typeof PILLAR_GROUP_KEYS)[number];

export const PILLAR_GROUP_LABELS: Readonly<
  Record<PillarGroupKey, BilingualLabel>
> = {
  emerging: { zh: '三大新兴支柱产业', en: 'New pillar industries' },
  traditional: { zh: '三大传统支柱产业', en: 'Traditional pillar industries' },
  potential: { zh: '三大潜力产业', en: 'High-potential industries' },
};

export const PILLAR_INDUSTRY_KEYS = [
  'electronics',
  'electricalMachinery',
  'petrochemicals',
  'textilesGarments',
  'foodBeverages',
  'buildingMaterials',
  'forestryPaper',
  'pharmaceuticals',
  'automotive',
  'other',
] as const;
export type PillarIndustryKey = (typeof PILLAR_INDUSTRY_KEYS)[number];

export interface PillarIndustry {
  readonly key: PillarIndustryKey;
  readonly name: BilingualLabel;
  // 'other' belongs to no group: it collects everything outside the nine.
  readonly group: PillarGroupKey | null;
}

export const PILLAR_INDUSTRIES: readonly PillarIndustry[] = [
  {
    key: 'electronics',
    name: { zh: '电子信息', en: 'Electronics and IT' },
    group: 'emerging',
  },
  {
    key: 'electricalMachinery',
    name: { zh: '电气机械', en: 'Electrical machinery' },
    group: 'emerging',
  },
  {
    key: 'petrochemicals',
    name: { zh: '石油化工', en: 'Petrochemicals' },
    group: 'emerging',
  },
  {
    key: 'textilesGarments',
    name: { zh: '纺织服装', en: 'Textiles and garments' },
    group: 'traditional',
  },
  {
    key: 'foodBeverages',
    name: { zh: '食品饮料', en: 'Food and beverages' },
    group: 'traditional',
  },
  {
    key: 'buildingMaterials',
    name: { zh: '建筑材料', en: 'Building materials' },
    group: 'traditional',
  },
  {
    key: 'forestryPaper',
    name: { zh: '森工造纸', en: 'Forest products and paper' },
    group: 'potential',
  },
  {
    key: 'pharmaceuticals',
    name: { zh: '医药', en: 'Pharmaceuticals' },
    group: 'potential',
  },
  {
    key: 'automotive',
    name: { zh: '汽车及摩托车', en: 'Automobiles and motorcycles' },
    group: 'potential',
  },
  { key: 'other', name: { zh: '其他', en: 'Other' }, group: null },
];

// Sectors named for priority audits by 环办科财〔2020〕27号. They cut across
// the national classification (electroplating and industrial coating occur
// in many divisions), so no mapping from division codes is offered.
export const PRIORITY_SECTOR_KEYS = [
  'energy',
  'metallurgy',
  'coking',
  'buildingMaterials',
  'nonferrousMetals',
  'chemicals',
  'dyeing',
  'papermaking',
  'pharmaceuticalIngredients',
  'electroplating',
  'agriFoodProcessing',
  'industrialCoating',
  'packagingPrinting',
] as const;
export type PrioritySectorKey = (typeof PRIORITY_SECTOR_KEYS)[number];

export const PRIORITY_SECTOR_LABELS: Readonly<
  Record<PrioritySectorKey, BilingualLabel>
> = {
  energy: { zh: '能源', en: 'Energy' },
  metallurgy: { zh: '冶金', en: 'Metallurgy' },
  coking: { zh: '焦化', en: 'Coking' },
  buildingMaterials: { zh: '建材', en: 'Building materials' },
  nonferrousMetals: { zh: '有色', en: 'Non-ferrous metals' },
  chemicals: { zh: '化工', en: 'Chemicals' },
  dyeing: { zh: '印染', en: 'Printing and dyeing of textiles' },
  papermaking: { zh: '造纸', en: 'Papermaking' },
  pharmaceuticalIngredients: {
    zh: '原料药',
    en: 'Active pharmaceutical ingredients',
  },
  electroplating: { zh: '电镀', en: 'Electroplating' },
  agriFoodProcessing: { zh: '农副食品加工', en: 'Agri-food processing' },
  industrialCoating: { zh: '工业涂装', en: 'Industrial coating' },
  packagingPrinting: { zh: '包装印刷', en: 'Packaging and printing' },
};

// GB/T 4754-2017 divisions (两位数大类) where cleaner-production audits take
// place: agriculture, mining, manufacturing, utilities, and the environmental
// and health services (waste treatment, hospitals) that mandatory audits
// reach. Other divisions of the classification are not listed.
// prettier-ignore
export const DIVISION_CODES = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12',
  '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24',
  '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36',
  '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '77', '78',
  '84',
] as const;
export type DivisionCode = (typeof DIVISION_CODES)[number];

export const SECTION_LETTERS = ['A', 'B', 'C', 'D', 'N', 'Q'] as const;
export type SectionLetter = (typeof SECTION_LETTERS)[number];

export const SECTION_LABELS: Readonly<Record<SectionLetter, BilingualLabel>> = {
  A: { zh: '农、林、牧、渔业', en: 'Agriculture, forestry and fishing' },
  B: { zh: '采矿业', en: 'Mining' },
  C: { zh: '制造业', en: 'Manufacturing' },
  D: {
    zh: '电力、热力、燃气及水生产和供应业',
    en: 'Electricity, heat, gas and water supply',
  },
  N: {
    zh: '水利、环境和公共设施管理业',
    en: 'Water conservancy, environment and public facilities',
  },
  Q: { zh: '卫生和社会工作', en: 'Health and social work' },
};

// Each section covers a contiguous run of division codes.
const SECTION_RANGES: readonly (readonly [SectionLetter, number, number])[] = [
  ['A', 1, 5],
  ['B', 6, 12],
  ['C', 13, 43],
  ['D', 44, 46],
  ['N', 76, 79],
  ['Q', 84, 85],
];

export function sectionOfDivision(code: DivisionCode): SectionLetter {
  const division = Number(code);
  const range = SECTION_RANGES.find(
    ([, first, last]) => first <= division && division <= last,
  );
  if (range === undefined) throw new RangeError(`division-unknown: ${code}`);
  return range[0];
}

export const DIVISION_LABELS: Readonly<Record<DivisionCode, BilingualLabel>> = {
  '01': { zh: '农业', en: 'Agriculture' },
  '02': { zh: '林业', en: 'Forestry' },
  '03': { zh: '畜牧业', en: 'Animal husbandry' },
  '04': { zh: '渔业', en: 'Fishery' },
  '05': {
    zh: '农、林、牧、渔专业及辅助性活动',
    en: 'Support activities for agriculture, forestry and fishery',
  },
  '06': { zh: '煤炭开采和洗选业', en: 'Coal mining and washing' },
  '07': { zh: '石油和天然气开采业', en: 'Oil and gas extraction' },
  '08': { zh: '黑色金属矿采选业', en: 'Ferrous metal ore mining' },
  '09': { zh: '有色金属矿采选业', en: 'Non-ferrous metal ore mining' },
  '10': { zh: '非金属矿采选业', en: 'Non-metallic mineral mining' },
  '11': { zh: '开采专业及辅助性活动', en: 'Mining support activities' },
  '12': { zh: '其他采矿业', en: 'Other mining' },
  '13': { zh: '农副食品加工业', en: 'Agri-food processing' },
  '14': { zh: '食品制造业', en: 'Food manufacturing' },
  '15': {
    zh: '酒、饮料和精制茶制造业',
    en: 'Liquor, beverages and refined tea',
  },
  '16': { zh: '烟草制品业', en: 'Tobacco products' },
  '17': { zh: '纺织业', en: 'Textiles' },
  '18': { zh: '纺织服装、服饰业', en: 'Garments and apparel' },
  '19': {
    zh: '皮革、毛皮、羽毛及其制品和制鞋业',
    en: 'Leather, fur, feather products and footwear',
  },
  '20': {
    zh: '木材加工和木、竹、藤、棕、草制品业',
    en: 'Wood processing and wood, bamboo, rattan, palm and straw products',
  },
  '21': { zh: '家具制造业', en: 'Furniture' },
  '22': { zh: '造纸和纸制品业', en: 'Paper and paper products' },
  '23': {
    zh: '印刷和记录媒介复制业',
    en: 'Printing and reproduction of recorded media',
  },
  '24': {
    zh: '文教、工美、体育和娱乐用品制造业',
    en: 'Stationery, crafts, sports and leisure goods',
  },
  '25': {
    zh: '石油、煤炭及其他燃料加工业',
    en: 'Petroleum, coal and other fuel processing',
  },
  '26': {
    zh: '化学原料和化学制品制造业',
    en: 'Chemical materials and products',
  },
  '27': { zh: '医药制造业', en: 'Pharmaceuticals' },
  '28': { zh: '化学纤维制造业', en: 'Chemical fibres' },
  '29': { zh: '橡胶和塑料制品业', en: 'Rubber and plastic products' },
  '30': { zh: '非金属矿物制品业', en: 'Non-metallic mineral products' },
  '31': {
    zh: '黑色金属冶炼和压延加工业',
    en: 'Ferrous metal smelting and rolling',
  },
  '32': {
    zh: '有色金属冶炼和压延加工业',
    en: 'Non-ferrous metal smelting and rolling',
  },
  '33': { zh: '金属制品业', en: 'Fabricated metal products' },
  '34': { zh: '通用设备制造业', en: 'General-purpose machinery' },
  '35': { zh: '专用设备制造业', en: 'Special-purpose machinery' },
  '36': { zh: '汽车制造业', en: 'Motor vehicles' },
  '37': {
    zh: '铁路、船舶、航空航天和其他运输设备制造业',
    en: 'Railway, ship, aerospace and other transport equipment',
  },
  '38': { zh: '电气机械和器材制造业', en: 'Electrical machinery' },
  '39': {
    zh: '计算机、通信和其他电子设备制造业',
    en: 'Computers, communication and other electronic equipment',
  },
  '40': { zh: '仪器仪表制造业', en: 'Instruments and meters' },
  '41': { zh: '其他制造业', en: 'Other manufacturing' },
  '42': { zh: '废弃资源综合利用业', en: 'Recycling of waste resources' },
  '43': {
    zh: '金属制品、机械和设备修理业',
    en: 'Repair of metal products, machinery and equipment',
  },
  '44': {
    zh: '电力、热力生产和供应业',
    en: 'Electricity and heat production and supply',
  },
  '45': { zh: '燃气生产和供应业', en: 'Gas production and supply' },
  '46': { zh: '水的生产和供应业', en: 'Water production and supply' },
  '77': {
    zh: '生态保护和环境治理业',
    en: 'Ecological protection and environmental treatment',
  },
  '78': { zh: '公共设施管理业', en: 'Public facilities management' },
  '84': { zh: '卫生', en: 'Health care' },
};

// Default pillar industry for a GB/T 4754 code, matched on its leading digits
// (the longest prefix wins). Only the clear cases are listed; users correct
// the rest per company. Division 37 stays 'other' because only its group 375
// (摩托车制造) is motorcycles; 16, 19 and 28 are left out because statistics
// disagree on whether they belong to food, garments or petrochemicals.
const DEFAULT_PILLAR_BY_PREFIX: Readonly<Record<string, PillarIndustryKey>> = {
  '13': 'foodBeverages',
  '14': 'foodBeverages',
  '15': 'foodBeverages',
  '17': 'textilesGarments',
  '18': 'textilesGarments',
  '20': 'forestryPaper',
  '22': 'forestryPaper',
  '25': 'petrochemicals',
  '26': 'petrochemicals',
  '27': 'pharmaceuticals',
  '29': 'petrochemicals',
  '30': 'buildingMaterials',
  '36': 'automotive',
  '375': 'automotive',
  '38': 'electricalMachinery',
  '39': 'electronics',
};

export function isDivisionCode(value: unknown): value is DivisionCode {
  return (DIVISION_CODES as readonly unknown[]).includes(value);
}

// Companies record a division (2 digits), group (3) or class (4).
function industryDigits(code: string): string | undefined {
  const digits = code.trim();
  return /^\d{2,4}$/.test(digits) ? digits : undefined;
}

/** The listed division a GB/T 4754 code falls in, or undefined. */
export function divisionOfIndustryCode(code: string): DivisionCode | undefined {
  const division = industryDigits(code)?.slice(0, 2);
  return isDivisionCode(division) ? division : undefined;
}

/** Suggests a pillar industry for a GB/T 4754 code; 'other' when unclear. */
export function defaultPillarOfIndustryCode(code: string): PillarIndustryKey {
  const digits = industryDigits(code) ?? '';
  for (let length = digits.length; length >= 2; length -= 1) {
    const pillar = DEFAULT_PILLAR_BY_PREFIX[digits.slice(0, length)];
    if (pillar !== undefined) return pillar;
  }
  return 'other';
}
