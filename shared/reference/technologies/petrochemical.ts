import type { TechnologyEntry } from './entry';

/** Refining, petrochemicals, soda ash and other chemical manufacturing. */
export const petrochemicalTechnologies = [
  {
    id: 'chem-soda-white-mud-desulphurisation',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    divisionCodes: ['26'],
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['so2', 'solidWaste'],
    name: {
      zh: '氨碱白泥用于锅炉烟气脱硫',
      en: 'Ammonia-soda white mud for flue-gas desulphurisation',
    },
    description: {
      zh: '氨碱法蒸馏产生的白泥堆存占地，以其碱性组分作为锅炉湿法脱硫吸收剂，以废治废。',
      en: 'White mud from ammonia-soda distillation piles up on site, so its alkaline content serves as the absorbent in wet boiler desulphurisation.',
    },
  },
  {
    id: 'chem-soda-flue-gas-co2',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    divisionCodes: ['26'],
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['co2'],
    name: {
      zh: '回收锅炉烟道气CO₂用于制碱',
      en: 'Boiler flue-gas CO₂ for soda carbonation',
    },
    description: {
      zh: '锅炉烟气中的二氧化碳直接排放，而制碱碳化需要补充二氧化碳，提纯烟道气中的CO₂供碳化工序使用。',
      en: 'Boiler flue gas vents CO₂ while carbonation needs extra CO₂, so the flue gas is purified to supply the carbonation towers.',
    },
  },
  {
    id: 'chem-soda-dry-lime-distillation',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    divisionCodes: ['26'],
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['steam', 'wastewater'],
    name: { zh: '氨碱干法蒸馏', en: 'Dry-lime ammonia distillation' },
    description: {
      zh: '氨碱法以石灰乳蒸氨使蒸馏废液量和蒸汽消耗偏大，改为加入消石灰粉的干法蒸馏工艺。',
      en: 'Distilling ammonia with milk of lime inflates waste liquor and steam use, so dry slaked lime is fed to the distiller instead.',
    },
  },
  {
    id: 'chem-ldar',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    aspect: 'A3',
    costGroup: 'noLow',
    parameters: ['vocs'],
    name: {
      zh: '泄漏检测与修复(LDAR)',
      en: 'Leak detection and repair (LDAR)',
    },
    description: {
      zh: '阀门、法兰、泵和压缩机密封点存在挥发性有机物泄漏，建立密封点台账并定期检测，超限点限期修复。',
      en: 'Valves, flanges, pumps and compressor seals leak organic vapour, so every seal is listed, checked on a schedule and repaired when over the limit.',
    },
  },
  {
    id: 'chem-vapour-recovery',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['vocs'],
    name: {
      zh: '储罐及装卸油气回收',
      en: 'Vapour recovery at tanks and loading bays',
    },
    description: {
      zh: '储罐呼吸和槽车装卸时油气逸散，采用浮顶或氮封储罐、底部装车并配置冷凝吸附回收装置。',
      en: 'Tank breathing and tanker loading release vapour, so floating roofs or nitrogen blanketing, bottom loading and condensation-adsorption recovery are installed.',
    },
  },
  {
    id: 'chem-flare-gas-recovery',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['naturalGas', 'co2', 'so2'],
    name: { zh: '火炬气回收利用', en: 'Flare-gas recovery' },
    description: {
      zh: '装置排放的可燃气长期送火炬燃烧，增设压缩回收系统，经脱硫后作为燃料气使用。',
      en: 'Combustible off-gas burns at the flare, so a compressor system recovers it and, after sulphur removal, feeds it to the fuel-gas network.',
    },
  },
  {
    id: 'chem-heater-low-nox-burner',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['nox', 'naturalGas', 'co2'],
    name: {
      zh: '加热炉低氮燃烧器及空气预热',
      en: 'Low-NOx burners and air preheating on process heaters',
    },
    description: {
      zh: '工艺加热炉排烟温度高、氮氧化物浓度高，更换低氮燃烧器并增设空气预热器，同时控制过剩空气系数。',
      en: 'Process heaters run hot stacks and high NOx, so low-NOx burners, an air preheater and excess-air control are fitted.',
    },
  },
  {
    id: 'chem-closed-charging',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['vocs', 'particulates'],
    name: {
      zh: '密闭投料与管道输送',
      en: 'Closed charging and piped transfer',
    },
    description: {
      zh: '液体原料人工开桶倒料、粉料敞口投加，造成有机废气和粉尘逸散，改为泵送管道输送和密闭投料站。',
      en: 'Pouring solvents from open drums and tipping powders by hand release vapour and dust, so pumped pipelines and closed charging stations are used.',
    },
  },
  {
    id: 'chem-waterborne-coating-products',
    industry: 'petrochemical',
    pillarIndustry: 'petrochemicals',
    divisionCodes: ['26'],
    aspect: 'A5',
    costGroup: 'midHigh',
    parameters: ['vocs'],
    name: {
      zh: '开发生产水性木器涂料',
      en: 'Develop waterborne wood-coating products',
    },
    description: {
      zh: '涂料企业以溶剂型木器漆为主，产品使用时VOCs排放大，调整产品结构研发生产水性木器涂料。',
      en: 'A coatings maker selling mainly solvent-borne wood lacquers shifts its range towards waterborne wood coatings, which emit far less when applied.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
