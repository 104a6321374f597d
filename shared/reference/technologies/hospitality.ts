import type { TechnologyEntry } from './entry';

/** Hotels (61) and restaurants (62). */
export const hospitalityTechnologies = [
  {
    id: 'hotel-linen-reuse-card',
    industry: 'hospitality',
    pillarIndustry: 'other',
    aspect: 'A7',
    costGroup: 'noLow',
    parameters: ['water', 'steam', 'electricity', 'wastewater'],
    name: {
      zh: '客房环保卡减少布草洗涤',
      en: 'Guest-room card for linen reuse',
    },
    description: {
      zh: '客房布草每日更换，洗衣房耗水耗汽大，在客房放置环保卡，由住客选择是否更换床单毛巾。',
      en: 'Linen is changed daily whether needed or not, so a card in each room lets guests choose to keep their sheets and towels.',
    },
  },
  {
    id: 'hotel-no-disposables',
    industry: 'hospitality',
    pillarIndustry: 'other',
    aspect: 'A5',
    costGroup: 'noLow',
    parameters: ['solidWaste'],
    name: {
      zh: '减少一次性客房用品和餐具',
      en: 'Fewer disposable amenities and tableware',
    },
    description: {
      zh: '客房一次性洗漱用品和餐厅一次性餐具产生大量垃圾，改为按需提供并使用可重复使用的器具。',
      en: 'Single-use toiletries and tableware create much refuse, so they are offered only on request and reusable items are the default.',
    },
  },
  {
    id: 'hotel-kitchen-waste-recycling',
    industry: 'hospitality',
    pillarIndustry: 'other',
    aspect: 'A6',
    costGroup: 'noLow',
    parameters: ['solidWaste', 'cod'],
    name: {
      zh: '餐厨垃圾分类收集与资源化',
      en: 'Separate collection and recycling of kitchen waste',
    },
    description: {
      zh: '餐厨垃圾与其他垃圾混放，油脂进入下水道，分类收集后交资质单位资源化处理并加装隔油设施。',
      en: 'Food waste leaves with general refuse and grease goes down the drain, so kitchens sort food waste for licensed recycling and fit grease traps.',
    },
  },
  {
    id: 'hotel-chiller-heat-recovery',
    industry: 'hospitality',
    pillarIndustry: 'other',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['naturalGas', 'diesel', 'electricity', 'co2'],
    name: {
      zh: '冷水机组冷凝热回收制热水',
      en: 'Chiller condenser heat for hot water',
    },
    description: {
      zh: '空调冷凝热经冷却塔排掉，而生活热水由燃气或柴油锅炉供应，改用热回收机组预热生活热水。',
      en: 'Chiller heat is rejected at the cooling tower while gas or diesel boilers heat the hot water, so heat-recovery chillers preheat it.',
    },
  },
  {
    id: 'hotel-chiller-plant-control',
    industry: 'hospitality',
    pillarIndustry: 'other',
    aspect: 'A4',
    costGroup: 'midHigh',
    parameters: ['electricity'],
    name: {
      zh: '中央空调冷站群控优化',
      en: 'Central chiller-plant optimisation control',
    },
    description: {
      zh: '冷水机组、水泵和冷却塔按定频定温运行，部分负荷时能效低，加装群控系统按负荷联动调节。',
      en: 'Chillers, pumps and towers run at fixed speed and set points, so a plant controller coordinates them with the load.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
