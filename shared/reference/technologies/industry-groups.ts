import type { DivisionCode, PillarIndustryKey } from '../industries';
import type { BilingualLabel } from '../label';

interface IndustryGroupDefinition {
  readonly key: string;
  readonly name: BilingualLabel;
  // Null only for 'general', which spans every industry.
  readonly pillarIndustry: PillarIndustryKey | null;
  readonly divisionCodes: readonly DivisionCode[];
}

// The catalogue groups technologies more finely than the nine pillar
// industries, the way consultants and the provincial plan talk about them
// (PCB apart from other electronics, plating apart from machinery).
//
// The order here is the catalogue order, so where two groups share a
// division (electronics and PCB in 39) the broader group is listed first.
//
// Hotels and retail have no division codes: DIVISION_CODES only lists the
// divisions of industrial audits, although the plan extends audits to
// 住宿 (61), 餐饮 (62), 批发 (51) and 零售 (52). Until those divisions are
// listed there, the two groups are found by key only.
export const INDUSTRY_GROUPS = [
  {
    key: 'general',
    name: { zh: '通用', en: 'All industries' },
    pillarIndustry: null,
    divisionCodes: [],
  },
  {
    key: 'electronics',
    name: { zh: '电子信息', en: 'Electronics' },
    pillarIndustry: 'electronics',
    divisionCodes: ['39'],
  },
  {
    key: 'pcb',
    name: { zh: '印制电路板', en: 'Printed circuit boards' },
    pillarIndustry: 'electronics',
    divisionCodes: ['39'],
  },
  {
    // Job-shop plating is division 33, outside the nine pillars, although
    // the provincial plan lists plating technologies under machinery.
    key: 'electroplating',
    name: { zh: '电镀', en: 'Electroplating' },
    pillarIndustry: 'other',
    divisionCodes: ['33'],
  },
  {
    key: 'electricalMachinery',
    name: { zh: '电气机械', en: 'Electrical machinery and appliances' },
    pillarIndustry: 'electricalMachinery',
    divisionCodes: ['38'],
  },
  {
    key: 'automotive',
    name: { zh: '汽车制造与涂装', en: 'Vehicle manufacturing and painting' },
    pillarIndustry: 'automotive',
    divisionCodes: ['36'],
  },
  {
    key: 'furniture',
    name: { zh: '家具制造', en: 'Furniture' },
    pillarIndustry: 'other',
    divisionCodes: ['21'],
  },
  {
    key: 'petrochemical',
    name: { zh: '石油化工', en: 'Petroleum and chemicals' },
    pillarIndustry: 'petrochemicals',
    divisionCodes: ['25', '26'],
  },
  {
    key: 'textiles',
    name: { zh: '纺织印染', en: 'Textiles and dyeing' },
    pillarIndustry: 'textilesGarments',
    divisionCodes: ['17', '18'],
  },
  {
    key: 'foodBeverages',
    name: { zh: '食品饮料', en: 'Food and beverages' },
    pillarIndustry: 'foodBeverages',
    divisionCodes: ['13', '14', '15'],
  },
  {
    key: 'buildingMaterials',
    name: { zh: '建筑材料', en: 'Building materials' },
    pillarIndustry: 'buildingMaterials',
    divisionCodes: ['30'],
  },
  {
    key: 'paper',
    name: { zh: '造纸', en: 'Pulp and paper' },
    pillarIndustry: 'forestryPaper',
    divisionCodes: ['22'],
  },
  {
    key: 'pharmaceuticals',
    name: { zh: '医药', en: 'Pharmaceuticals' },
    pillarIndustry: 'pharmaceuticals',
    divisionCodes: ['27'],
  },
  {
    key: 'leather',
    name: { zh: '制革', en: 'Leather tanning' },
    pillarIndustry: 'other',
    divisionCodes: ['19'],
  },
  {
    key: 'hospitality',
    name: { zh: '酒店餐饮', en: 'Hotels and catering' },
    pillarIndustry: 'other',
    divisionCodes: [],
  },
  {
    key: 'commerce',
    name: { zh: '商贸零售', en: 'Wholesale and retail' },
    pillarIndustry: 'other',
    divisionCodes: [],
  },
] as const satisfies readonly IndustryGroupDefinition[];

export type IndustryGroupKey = (typeof INDUSTRY_GROUPS)[number]['key'];
export type IndustryGroup = (typeof INDUSTRY_GROUPS)[number];
