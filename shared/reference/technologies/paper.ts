import type { TechnologyEntry } from './entry';

/** Pulp and paper, including recovered-paper and bagasse mills. */
export const paperTechnologies = [
  {
    id: 'paper-recovered-fibre-pulping',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['electricity', 'water', 'solidWaste'],
    name: {
      zh: '废纸高浓碎浆与纤维分级',
      en: 'High-consistency pulping and fibre fractionation',
    },
    description: {
      zh: '废纸低浓碎浆电耗和水耗高、杂质碎化难除，改用高浓碎浆、转鼓碎浆和纤维分级，长短纤维分别使用。',
      en: 'Low-consistency pulping of recovered paper uses much power and water and shatters contaminants, so high-consistency or drum pulping with fractionation routes long and short fibre separately.',
    },
  },
  {
    id: 'paper-ecf-bleaching',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['cod', 'wastewater'],
    name: {
      zh: '无元素氯(ECF)漂白',
      en: 'Elemental-chlorine-free (ECF) bleaching',
    },
    description: {
      zh: '氯气和次氯酸盐漂白产生可吸附有机卤化物，改用二氧化氯、氧脱木素和过氧化氢组合的无元素氯漂白。',
      en: 'Chlorine and hypochlorite bleaching form organic halides, so chlorine dioxide with oxygen delignification and peroxide takes over.',
    },
  },
  {
    id: 'paper-displacement-cooking',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['steam', 'cod'],
    name: { zh: '置换蒸煮', en: 'Displacement batch cooking' },
    description: {
      zh: '传统间歇蒸煮汽耗高、浆料得率和均匀性差，采用置换蒸煮回用热黑液，降低汽耗和后续漂白负荷。',
      en: 'Conventional batch digesters use much steam and give uneven pulp, so displacement cooking reuses hot black liquor and eases bleaching.',
    },
  },
  {
    id: 'paper-bagasse-alkali-recovery',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['cod', 'wastewater', 'steam'],
    name: {
      zh: '蔗渣制浆黑液碱回收',
      en: 'Alkali recovery from bagasse pulping liquor',
    },
    description: {
      zh: '非木材制浆黑液浓度高、污染重，经提取、蒸发浓缩后送碱回收炉燃烧，回收碱并产汽。',
      en: 'Black liquor from non-wood pulping is a heavy pollutant, so it is extracted, evaporated and burned in a recovery boiler that returns alkali and raises steam.',
    },
  },
  {
    id: 'paper-anaerobic-biogas',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['cod', 'naturalGas', 'co2'],
    name: {
      zh: '造纸废水厌氧处理沼气利用',
      en: 'Biogas from anaerobic treatment of mill effluent',
    },
    description: {
      zh: '废纸造纸废水有机物浓度高，增设厌氧反应器去除大部分COD，沼气净化后用于锅炉或烘缸供热。',
      en: 'Recovered-paper mill effluent is strong in organics, so an anaerobic reactor removes most COD and the cleaned biogas fuels the boiler or dryers.',
    },
  },
  {
    id: 'paper-white-water-closure',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['water', 'wastewater', 'cod'],
    name: {
      zh: '白水多级回收与封闭循环',
      en: 'White-water recovery and loop closure',
    },
    description: {
      zh: '纸机多余白水直接外排，流失纤维和填料，采用多盘过滤机或气浮回收纤维，清白水回用于喷淋和制浆。',
      en: 'Surplus white water leaves with fibre and filler, so disc filters or flotation save-alls recover solids and clear water returns to showers and pulping.',
    },
  },
  {
    id: 'paper-turbo-vacuum-blower',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['electricity', 'water'],
    name: {
      zh: '透平真空风机替代水环真空泵',
      en: 'Turbo vacuum blowers instead of liquid-ring pumps',
    },
    description: {
      zh: '水环真空泵效率低并持续消耗密封水，更换为高速透平真空风机并按真空度变速运行。',
      en: 'Liquid-ring pumps are inefficient and consume seal water, so high-speed turbo blowers running at variable speed provide the vacuum.',
    },
  },
  {
    id: 'paper-shoe-press',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['steam'],
    name: {
      zh: '靴式压榨提高出压榨干度',
      en: 'Shoe press for higher post-press dryness',
    },
    description: {
      zh: '辊式压榨后纸幅含水高，烘缸蒸汽消耗大，改用靴式压榨提高出压榨干度。',
      en: 'Roll presses leave a wet sheet that the dryers must evaporate, so a shoe press raises dryness before the dryer section.',
    },
  },
  {
    id: 'paper-reject-utilisation',
    industry: 'paper',
    pillarIndustry: 'forestryPaper',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['solidWaste'],
    name: {
      zh: '废纸渣和污泥资源化利用',
      en: 'Use of pulping rejects and sludge',
    },
    description: {
      zh: '碎浆排出的塑料、轻渣和废水污泥外运填埋，分拣回收塑料，其余脱水后送焚烧发电或制建材。',
      en: 'Plastic-rich pulper rejects and effluent sludge go to landfill, so plastics are sorted out and the rest dewatered for energy recovery or building products.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
