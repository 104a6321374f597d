import type { TechnologyEntry } from './entry';

/** Electronics assembly and components, excluding bare-board PCB making. */
export const electronicsTechnologies = [
  {
    id: 'electronics-lead-free-solder',
    industry: 'electronics',
    pillarIndustry: 'electronics',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'hazardousWaste'],
    name: { zh: '无铅焊料替代含铅焊料', en: 'Lead-free solder' },
    description: {
      zh: '锡铅焊料使焊渣、废板和产品含铅，改用锡银铜、锡铜等无铅合金焊料并相应调整焊接温度曲线。',
      en: 'Tin-lead solder leaves lead in dross, scrap boards and products, so tin-silver-copper or tin-copper alloys are adopted with a reworked soldering profile.',
    },
  },
  {
    id: 'electronics-halogen-free-flame-retardant',
    industry: 'electronics',
    pillarIndustry: 'electronics',
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['hazardousWaste'],
    name: {
      zh: '无卤阻燃材料替代溴系阻燃剂',
      en: 'Halogen-free flame-retardant materials',
    },
    description: {
      zh: '外壳塑料和基材中的溴系阻燃剂在回收处置时产生有害物质，选用磷系、氮系等无卤阻燃材料。',
      en: 'Brominated flame retardants in housings and laminates form harmful by-products at end of life, so halogen-free phosphorus or nitrogen grades are specified.',
    },
  },
  {
    id: 'electronics-pfos-free-photoresist',
    industry: 'electronics',
    pillarIndustry: 'electronics',
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['hazardousWaste'],
    name: {
      zh: '不含PFOS的光刻胶及抗反射涂层',
      en: 'PFOS-free photoresists and anti-reflective coatings',
    },
    description: {
      zh: '部分光刻胶和抗反射涂层含全氟辛基磺酸类持久性有机污染物，改用不含PFOS的替代配方。',
      en: 'Some photoresists and anti-reflective coatings contain PFOS, a persistent pollutant, and are replaced by PFOS-free formulations.',
    },
  },
  {
    id: 'electronics-no-clean-flux',
    industry: 'electronics',
    pillarIndustry: 'electronics',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['vocs', 'hazardousWaste'],
    name: {
      zh: '免清洗助焊剂取消焊后清洗',
      en: 'No-clean flux without post-solder washing',
    },
    description: {
      zh: '焊后用溶剂清洗助焊剂残留，产生VOCs和废清洗剂，改用低固含量免清洗助焊剂，取消清洗工序。',
      en: 'Flux residues are washed off with solvent after soldering, so a low-solids no-clean flux is used and the washing step dropped.',
    },
  },
  {
    id: 'electronics-cleanroom-hvac',
    industry: 'electronics',
    pillarIndustry: 'electronics',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['electricity'],
    name: {
      zh: '洁净室空调系统节能改造',
      en: 'Cleanroom air-conditioning upgrade',
    },
    description: {
      zh: '洁净室换气次数和冷冻水温度按最不利工况设定，空调能耗占比高，对风机变频、提高冷冻水出水温度并回收排风冷量。',
      en: 'Cleanroom air changes and chilled-water temperature are set for the worst case, so fans get drives, chilled water runs warmer and exhaust air pre-cools intake.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
