import type { TechnologyEntry } from './entry';

/** Chemical, fermentation and traditional Chinese medicine manufacturing. */
export const pharmaceuticalsTechnologies = [
  {
    id: 'pharma-enzymatic-synthesis',
    industry: 'pharmaceuticals',
    pillarIndustry: 'pharmaceuticals',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['vocs', 'cod', 'hazardousWaste'],
    name: {
      zh: '生物酶法合成替代化学合成',
      en: 'Enzymatic synthesis instead of chemical routes',
    },
    description: {
      zh: '抗生素、维生素及中间体的化学合成路线步骤多、溶剂和试剂用量大，改用固定化生物酶催化合成。',
      en: 'Chemical routes to antibiotics, vitamins and their intermediates take many steps and much solvent, so immobilised enzymes catalyse the synthesis.',
    },
  },
  {
    id: 'pharma-solvent-rectification',
    industry: 'pharmaceuticals',
    pillarIndustry: 'pharmaceuticals',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['vocs', 'hazardousWaste', 'cod'],
    name: {
      zh: '有机溶剂精馏回收套用',
      en: 'Solvent recovery by rectification',
    },
    description: {
      zh: '提取、结晶和洗涤产生的废溶剂作危废处置，建设精馏回收装置，合格溶剂回用于生产。',
      en: 'Solvents from extraction, crystallisation and washing go out as hazardous waste, so a rectification unit purifies them for reuse.',
    },
  },
  {
    id: 'pharma-mother-liquor-reuse',
    industry: 'pharmaceuticals',
    pillarIndustry: 'pharmaceuticals',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['cod', 'hazardousWaste'],
    name: { zh: '结晶母液套用', en: 'Reuse of crystallisation mother liquor' },
    description: {
      zh: '结晶母液中仍含产品和溶剂，直接进入废液，经验证后将母液套用到下一批或回收其中的产品。',
      en: 'Mother liquor still carries product and solvent into the waste, so after validation it is recycled into the next batch or worked up for product.',
    },
  },
  {
    id: 'pharma-deep-chill-condensers',
    industry: 'pharmaceuticals',
    pillarIndustry: 'pharmaceuticals',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['vocs'],
    name: {
      zh: '反应釜放空深冷冷凝回收',
      en: 'Deep-chill condensers on reactor vents',
    },
    description: {
      zh: '反应釜、离心机和干燥设备放空管带走大量溶剂蒸气，加装多级深冷冷凝器回收溶剂。',
      en: 'Vents from reactors, centrifuges and dryers carry off solvent vapour, so multi-stage chilled condensers recover it.',
    },
  },
  {
    id: 'pharma-clean-area-hvac',
    industry: 'pharmaceuticals',
    pillarIndustry: 'pharmaceuticals',
    aspect: 'A4',
    costGroup: 'midHigh',
    parameters: ['electricity', 'steam'],
    name: {
      zh: '洁净区空调节能运行',
      en: 'Energy-saving operation of clean-area HVAC',
    },
    description: {
      zh: '洁净区空调全天按生产工况运行，非生产时段降低换气次数进入值班模式，并对排风进行热回收。',
      en: 'Clean-area air handling runs at production settings around the clock, so it drops to a reduced set-back mode out of hours and exhaust heat is recovered.',
    },
  },
  {
    id: 'pharma-ro-reject-reuse',
    industry: 'pharmaceuticals',
    pillarIndustry: 'pharmaceuticals',
    aspect: 'A6',
    costGroup: 'noLow',
    parameters: ['water', 'wastewater'],
    name: { zh: '纯化水制备浓水回用', en: 'Reuse of purified-water reject' },
    description: {
      zh: '纯化水系统反渗透浓水直接排放，将其收集后用于冷却塔补水、地面冲洗或绿化。',
      en: 'Reverse-osmosis reject from the purified-water plant is drained, so it is collected for cooling-tower make-up, floor washing or irrigation.',
    },
  },
  {
    id: 'pharma-tcm-countercurrent-extraction',
    industry: 'pharmaceuticals',
    pillarIndustry: 'pharmaceuticals',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['steam', 'water'],
    name: {
      zh: '中药动态逆流提取与膜浓缩',
      en: 'Counter-current herb extraction with membrane concentration',
    },
    description: {
      zh: '中药多罐静态煎煮溶剂用量大，浓缩蒸汽消耗高，改用动态逆流提取并以膜分离预浓缩提取液。',
      en: 'Static multi-tank decoction of herbs uses much solvent and steam for concentration, so dynamic counter-current extraction with membrane pre-concentration is adopted.',
    },
  },
  {
    id: 'pharma-herb-residue-use',
    industry: 'pharmaceuticals',
    pillarIndustry: 'pharmaceuticals',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['solidWaste'],
    name: { zh: '中药渣资源化利用', en: 'Use of spent herb residue' },
    description: {
      zh: '提取后的中药渣含水高、易腐败，脱水后制作有机肥、食用菌基料或作为生物质燃料。',
      en: 'Spent herbs are wet and rot quickly, so they are dewatered and turned into organic fertiliser, mushroom substrate or biomass fuel.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
