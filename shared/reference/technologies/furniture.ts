import type { TechnologyEntry } from './entry';

/** Wooden and panel furniture making and finishing. */
export const furnitureTechnologies = [
  {
    id: 'furniture-waterborne-wood-coating',
    industry: 'furniture',
    pillarIndustry: 'other',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['vocs', 'hazardousWaste'],
    name: { zh: '水性木器涂料替代溶剂型涂料', en: 'Waterborne wood coatings' },
    description: {
      zh: '溶剂型PU、NC木器漆VOCs含量高，改用水性木器涂料并配套恒温恒湿干燥房。',
      en: 'Solvent-borne PU and NC wood lacquers are rich in VOCs, so waterborne wood coatings are used with conditioned drying rooms.',
    },
  },
  {
    id: 'furniture-uv-roller-coating',
    industry: 'furniture',
    pillarIndustry: 'other',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['vocs', 'hazardousWaste'],
    name: {
      zh: '板件UV辊涂淋涂替代喷涂',
      en: 'UV roller or curtain coating for flat panels',
    },
    description: {
      zh: '平面板件采用喷涂，过喷损失大、溶剂挥发多，改为紫外光固化涂料辊涂或淋涂。',
      en: 'Spraying flat panels loses paint to overspray and solvent to air, so UV-curing coatings are applied by roller or curtain coater.',
    },
  },
  {
    id: 'furniture-dry-spray-booth',
    industry: 'furniture',
    pillarIndustry: 'other',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['water', 'wastewater', 'hazardousWaste'],
    name: {
      zh: '水帘喷漆房改干式过滤喷漆房',
      en: 'Dry-filter spray booths instead of water curtains',
    },
    description: {
      zh: '水帘喷漆房循环水定期更换，产生含漆废水和漆渣，改为多级干式过滤喷漆房。',
      en: 'Water-curtain booths need periodic water changes that yield paint-laden water and sludge, so multi-stage dry-filter booths replace them.',
    },
  },
  {
    id: 'furniture-wood-dust-reuse',
    industry: 'furniture',
    pillarIndustry: 'other',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['particulates', 'solidWaste'],
    name: {
      zh: '木粉尘集中收集压块利用',
      en: 'Central wood-dust collection and briquetting',
    },
    description: {
      zh: '木工机床粉尘分散收集、无组织逸散，建设集中除尘系统并将木粉压块作燃料或人造板原料外售。',
      en: 'Dust from woodworking machines escapes from scattered collectors, so a central system captures it and briquettes it as fuel or board feedstock.',
    },
  },
  {
    id: 'furniture-nesting-optimisation',
    industry: 'furniture',
    pillarIndustry: 'other',
    aspect: 'A4',
    costGroup: 'noLow',
    parameters: ['solidWaste'],
    name: { zh: '开料优化排版', en: 'Panel-cutting optimisation software' },
    description: {
      zh: '人工排版开料板材利用率低、边角料多，采用优化排版软件配合数控开料。',
      en: 'Manual cutting plans leave many offcuts, so optimisation software drives CNC panel saws for higher board yield.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
