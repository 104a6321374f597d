import type { TechnologyEntry } from './entry';

/** Leather tanning and finishing. */
export const leatherTechnologies = [
  {
    id: 'leather-hair-save-unhairing',
    industry: 'leather',
    pillarIndustry: 'other',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['cod', 'solidWaste'],
    name: { zh: '保毛脱毛', en: 'Hair-save unhairing' },
    description: {
      zh: '毁毛法浸灰脱毛使毛溶解进入废液，COD和硫化物高，改用酶助或低硫保毛脱毛并回收完整毛。',
      en: 'Hair-burning liming dissolves hair into the float, loading it with COD and sulphide, so an enzyme-assisted, low-sulphide hair-save process removes hair whole.',
    },
  },
  {
    id: 'leather-co2-deliming',
    industry: 'leather',
    pillarIndustry: 'other',
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['ammoniaNitrogen'],
    name: {
      zh: '二氧化碳无氨脱灰',
      en: 'Carbon-dioxide deliming without ammonium salts',
    },
    description: {
      zh: '铵盐脱灰使废水氨氮很高，改用二氧化碳或有机酸等无氨脱灰材料。',
      en: 'Deliming with ammonium salts sends ammonia nitrogen into the effluent, so carbon dioxide or organic-acid deliming agents are used instead.',
    },
  },
  {
    id: 'leather-high-exhaustion-chrome',
    industry: 'leather',
    pillarIndustry: 'other',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['heavyMetals', 'hazardousWaste'],
    name: { zh: '高吸收铬鞣', en: 'High-exhaustion chrome tanning' },
    description: {
      zh: '常规铬鞣铬吸收率低，大量铬残留在鞣液中，使用高吸收铬鞣助剂并优化提碱和温度控制。',
      en: 'Conventional chrome tanning leaves much chromium in the spent float, so exhaustion aids with tuned basification and temperature raise uptake.',
    },
  },
  {
    id: 'leather-chrome-liquor-recycling',
    industry: 'leather',
    pillarIndustry: 'other',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'hazardousWaste', 'wastewater'],
    name: { zh: '铬鞣废液循环利用', en: 'Recycling of spent chrome liquor' },
    description: {
      zh: '铬鞣废液与其他废水混合后产生大量含铬污泥，单独收集后直接循环用于鞣制或沉淀回收铬再溶解使用。',
      en: 'Spent chrome liquor mixed with other effluent yields much chromium sludge, so it is kept apart and either reused directly or precipitated and redissolved.',
    },
  },
  {
    id: 'leather-chrome-free-tanning',
    industry: 'leather',
    pillarIndustry: 'other',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'hazardousWaste'],
    name: { zh: '无铬或少铬鞣制', en: 'Chrome-free or low-chrome tanning' },
    description: {
      zh: '铬鞣使废水、革屑和污泥都含铬，对适用产品改用植物、醛类或其他无铬鞣剂，或结合预鞣减少铬用量。',
      en: 'Chrome tanning puts chromium into effluent, shavings and sludge, so suitable articles move to vegetable, aldehyde or other chrome-free agents, or pre-tanning cuts the chrome dose.',
    },
  },
  {
    id: 'leather-shavings-collagen',
    industry: 'leather',
    pillarIndustry: 'other',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['hazardousWaste', 'heavyMetals'],
    name: {
      zh: '含铬革屑提取胶原蛋白',
      en: 'Collagen recovery from chrome shavings',
    },
    description: {
      zh: '削匀产生的含铬革屑按危险废物处置，经脱铬水解提取胶原蛋白，铬泥回收再用。',
      en: 'Chrome shavings are disposed of as hazardous waste, so dechroming and hydrolysis recover collagen and return the chromium cake for reuse.',
    },
  },
  {
    id: 'leather-waterborne-finishing',
    industry: 'leather',
    pillarIndustry: 'other',
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['vocs'],
    name: {
      zh: '水性涂饰材料替代溶剂型',
      en: 'Waterborne finishes instead of solvent finishes',
    },
    description: {
      zh: '皮革涂饰中的溶剂型光油和手感剂挥发大量VOCs，改用水性涂饰材料并配合辊涂工艺。',
      en: 'Solvent-borne topcoats and feel agents release VOCs during finishing, so waterborne finishes applied by roller coater replace them.',
    },
  },
  {
    id: 'leather-batch-washing',
    industry: 'leather',
    pillarIndustry: 'other',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['water', 'wastewater'],
    name: {
      zh: '转鼓闷水洗替代流水洗',
      en: 'Batch washing in drums instead of running water',
    },
    description: {
      zh: '转鼓开门流水洗用水量大，改为关门定量加水闷洗，并与后续工序合并浴液。',
      en: 'Washing hides in open drums under running water uses a lot, so closed-drum batch washes with metered water and combined floats are used.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
