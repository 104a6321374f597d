import type { TechnologyEntry } from './entry';

/** Electroplating and related metal surface finishing. */
export const electroplatingTechnologies = [
  {
    id: 'plating-cyanide-free',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['hazardousWaste'],
    name: { zh: '无氰电镀替代氰化电镀', en: 'Cyanide-free plating' },
    description: {
      zh: '氰化镀铜、镀锌使用剧毒氰化物，废水需破氰处理且环境风险大，改用无氰碱铜、酸铜或无氰镀锌工艺。',
      en: 'Cyanide copper and zinc baths carry acute toxicity and need cyanide destruction, so cyanide-free alkaline or acid copper and zinc processes take their place.',
    },
  },
  {
    id: 'plating-trivalent-chromium',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'hazardousWaste'],
    name: {
      zh: '三价铬镀铬替代六价铬',
      en: 'Trivalent instead of hexavalent chromium plating',
    },
    description: {
      zh: '装饰性镀铬使用六价铬，毒性大且铬雾和废水处理难，改用三价铬镀铬工艺。',
      en: 'Decorative chromium from hexavalent baths is highly toxic in mist and effluent, so a trivalent chromium process is adopted.',
    },
  },
  {
    id: 'plating-pfos-free-mist-suppressant',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['heavyMetals'],
    name: { zh: '无PFOS铬雾抑制剂', en: 'PFOS-free chromium mist suppressant' },
    description: {
      zh: '镀铬及酸洗槽使用含全氟辛基磺酸盐的铬雾、酸雾抑制剂，更换为不含PFOS的抑雾剂。',
      en: 'Mist suppressants on chromium and pickling tanks often contain PFOS and are swapped for PFOS-free products.',
    },
  },
  {
    id: 'plating-counter-current-rinse',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['water', 'wastewater', 'heavyMetals'],
    name: {
      zh: '多级逆流漂洗加喷淋水洗',
      en: 'Counter-current rinsing with spray rinses',
    },
    description: {
      zh: '镀件单槽浸洗用水量大、含重金属废水多，改为三级逆流漂洗并在出槽处加设喷淋。',
      en: 'Single dip rinses use much water and spread metals into the effluent, so three-stage counter-current rinsing with spray at the tank exit is installed.',
    },
  },
  {
    id: 'plating-drag-out-recovery',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['heavyMetals', 'water', 'hazardousWaste'],
    name: {
      zh: '回收槽与延长滴液时间',
      en: 'Drag-out recovery tank and longer drip time',
    },
    description: {
      zh: '镀件和挂具带出大量镀液进入漂洗水，延长出槽滴液时间、优化挂具并设静止回收槽，将回收液补回镀槽。',
      en: 'Parts and racks carry bath solution into the rinses, so longer drip times, better racking and a still recovery tank return it to the bath.',
    },
  },
  {
    id: 'plating-bath-filtration',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A4',
    costGroup: 'noLow',
    parameters: ['hazardousWaste', 'heavyMetals'],
    name: {
      zh: '镀液连续过滤与定期分析补加',
      en: 'Continuous bath filtration and analysis-based top-up',
    },
    description: {
      zh: '镀液杂质积累后整槽报废，配置连续过滤、活性炭处理并定期化验按结果补加，延长镀液寿命。',
      en: 'Baths are scrapped once impurities build up, so continuous filtration, carbon treatment and top-ups based on regular analysis keep them working longer.',
    },
  },
  {
    id: 'plating-nickel-recovery',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'water', 'hazardousWaste'],
    name: { zh: '含镍漂洗水回收镍', en: 'Nickel recovery from rinse water' },
    description: {
      zh: '含镍漂洗水处理后形成含镍污泥，采用离子交换或反渗透浓缩回收镍盐回用镀槽，淡水回用于漂洗。',
      en: 'Nickel rinse water ends up as nickel sludge, so ion exchange or reverse osmosis concentrates the nickel for the bath and returns clean water to rinsing.',
    },
  },
  {
    id: 'plating-acid-recovery',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['hazardousWaste'],
    name: {
      zh: '废酸扩散渗析回收',
      en: 'Spent-acid recovery by diffusion dialysis',
    },
    description: {
      zh: '酸洗槽含铁量升高即整槽更换，废酸量大，采用扩散渗析回收游离酸重新用于酸洗。',
      en: 'Pickling acid is dumped once iron builds up, so diffusion dialysis recovers the free acid for reuse in pickling.',
    },
  },
  {
    id: 'plating-automatic-line',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['water', 'heavyMetals', 'electricity'],
    name: {
      zh: '手动线改自动电镀生产线',
      en: 'Automated plating line instead of manual lines',
    },
    description: {
      zh: '手工线镀槽间转移慢、滴漏多，镀层质量波动，改为行车式自动生产线并按程序控制浸渍和滴液时间。',
      en: 'Manual lines drip between tanks and give uneven coatings, so a hoist-driven automatic line times each dip and drip by program.',
    },
  },
  {
    id: 'plating-switch-mode-rectifier',
    industry: 'electroplating',
    pillarIndustry: 'other',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['electricity'],
    name: {
      zh: '高频开关电源替代可控硅整流器',
      en: 'Switch-mode rectifiers instead of thyristor units',
    },
    description: {
      zh: '可控硅整流器效率低、功率因数差，更换为高频开关电源降低电镀用电单耗。',
      en: 'Thyristor rectifiers run at low efficiency and poor power factor, so high-frequency switch-mode units replace them.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
