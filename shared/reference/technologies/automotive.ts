import type { TechnologyEntry } from './entry';

/** Vehicle and parts manufacturing, chiefly the paint shop. */
export const automotiveTechnologies = [
  {
    id: 'auto-waterborne-paint',
    industry: 'automotive',
    pillarIndustry: 'automotive',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['vocs', 'hazardousWaste'],
    name: {
      zh: '水性涂料替代溶剂型中涂色漆',
      en: 'Waterborne primer-surfacer and basecoat',
    },
    description: {
      zh: '中涂和色漆使用溶剂型涂料，VOCs产生量占涂装车间大部分，改用水性涂料并配套闪干设备。',
      en: 'Solvent-borne primer-surfacer and basecoat produce most of the paint shop VOCs, so waterborne paints with flash-off zones replace them.',
    },
  },
  {
    id: 'auto-compact-paint-process',
    industry: 'automotive',
    pillarIndustry: 'automotive',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['vocs', 'naturalGas', 'electricity', 'co2'],
    name: {
      zh: '免中涂紧凑型涂装工艺',
      en: 'Compact paint process without primer oven',
    },
    description: {
      zh: '传统三涂三烘工艺烘干能耗高、涂料用量大，采用3C1B或B1B2紧凑工艺取消中涂烘干。',
      en: 'The classic three-coat, three-bake sequence spends much energy and paint, so a 3C1B or B1B2 compact process drops the primer bake.',
    },
  },
  {
    id: 'auto-robotic-painting',
    industry: 'automotive',
    pillarIndustry: 'automotive',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['vocs', 'hazardousWaste'],
    name: { zh: '机器人旋杯自动喷涂', en: 'Robotic rotary-bell painting' },
    description: {
      zh: '人工喷涂涂料利用率低且膜厚不均，采用机器人配高速旋杯静电喷涂，提高上漆率并减少漆渣。',
      en: 'Hand spraying wastes paint and gives uneven films, so robots with electrostatic rotary bells raise transfer efficiency and cut sludge.',
    },
  },
  {
    id: 'auto-dry-overspray-separation',
    industry: 'automotive',
    pillarIndustry: 'automotive',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['water', 'wastewater', 'electricity', 'hazardousWaste'],
    name: {
      zh: '干式漆雾分离替代水旋喷漆室',
      en: 'Dry overspray separation instead of wet booths',
    },
    description: {
      zh: '水旋喷漆室循环水耗能耗水并产生漆渣废水，改用石灰石粉或过滤式干式漆雾分离，并使喷房空气循环使用。',
      en: 'Venturi wet booths consume water and power and produce paint-laden water, so dry separation with limestone or filters allows booth air to be recirculated.',
    },
  },
  {
    id: 'auto-ultrafiltrate-rinse',
    industry: 'automotive',
    pillarIndustry: 'automotive',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['water', 'wastewater', 'cod'],
    name: {
      zh: '电泳超滤液闭路逆流清洗',
      en: 'Closed-loop ultrafiltrate rinsing after e-coat',
    },
    description: {
      zh: '电泳后清洗带走的涂料随废水排放，利用超滤液逆流清洗回收涂料，纯水只用于末道清洗。',
      en: 'Paint rinsed off after electrocoating leaves in the effluent, so ultrafiltrate rinses counter-current to recover it and only the final rinse uses pure water.',
    },
  },
  {
    id: 'auto-rto-heat-reuse',
    industry: 'automotive',
    pillarIndustry: 'automotive',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['naturalGas', 'vocs', 'co2'],
    name: {
      zh: '烘干废气焚烧余热回用',
      en: 'Oven exhaust incineration with heat reuse',
    },
    description: {
      zh: '烘房废气焚烧装置排出的高温烟气直接排放，通过换热器回收热量用于烘房加热或制热水。',
      en: 'Hot gas from the oven-exhaust oxidiser is vented, so exchangers recover its heat for the ovens or hot water.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
