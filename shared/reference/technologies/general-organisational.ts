import type { TechnologyEntry } from './entry';

/** Options for any industry on products, waste reuse, management and staff. */
export const generalOrganisationalTechnologies = [
  {
    id: 'general-lighter-packaging',
    industry: 'general',
    aspect: 'A5',
    costGroup: 'noLow',
    parameters: ['solidWaste'],
    name: { zh: '产品包装减量化', en: 'Lighter product packaging' },
    description: {
      zh: '产品包装层数多、用料厚，在保证运输保护的前提下优化包装结构，减少纸箱、泡沫和塑料用量。',
      en: 'Packaging has more layers and heavier board than transport needs, so it is redesigned to use less carton, foam and plastic.',
    },
  },
  {
    id: 'general-returnable-containers',
    industry: 'general',
    aspect: 'A5',
    costGroup: 'noLow',
    parameters: ['solidWaste'],
    name: {
      zh: '周转箱替代一次性包装',
      en: 'Returnable containers instead of single-use packaging',
    },
    description: {
      zh: '厂内及对固定客户的运输使用一次性纸箱，改用可循环使用的塑料周转箱或托盘。',
      en: 'Single-use cartons on internal and regular-customer routes are replaced by returnable plastic crates or pallets.',
    },
  },
  {
    id: 'general-restricted-substance-free',
    industry: 'general',
    aspect: 'A5',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'hazardousWaste'],
    name: {
      zh: '产品有害物质替代',
      en: 'Remove restricted substances from the product',
    },
    description: {
      zh: '产品中含铅、镉、汞、六价铬或溴系阻燃剂等有害物质，改进配方和选材使产品满足有害物质限量要求。',
      en: 'The product contains lead, cadmium, mercury, hexavalent chromium or brominated flame retardants, which a changed formulation or material choice removes.',
    },
  },
  {
    id: 'general-condensate-recovery',
    industry: 'general',
    aspect: 'A6',
    costGroup: 'noLow',
    parameters: ['water', 'naturalGas', 'steam', 'co2'],
    name: { zh: '蒸汽冷凝水回收利用', en: 'Steam condensate recovery' },
    description: {
      zh: '用汽设备的高温冷凝水直接排放，浪费热量和软化水，敷设回收管路送回锅炉给水箱或作工艺热水。',
      en: 'Hot condensate from steam users is drained away with its heat and treated water, so it is piped back to the boiler feed tank or used as process hot water.',
    },
  },
  {
    id: 'general-reclaimed-water-reuse',
    industry: 'general',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['water', 'wastewater', 'cod'],
    name: { zh: '废水深度处理中水回用', en: 'Reuse of treated wastewater' },
    description: {
      zh: '达标废水全部外排而生产大量取用新水，增设超滤、反渗透等深度处理，产水回用于清洗、冷却或绿化。',
      en: 'Treated effluent is all discharged while fresh water is drawn, so ultrafiltration and reverse osmosis polish it for cleaning, cooling or irrigation.',
    },
  },
  {
    id: 'general-solvent-distillation',
    industry: 'general',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['vocs', 'hazardousWaste'],
    name: { zh: '废溶剂蒸馏回收', en: 'On-site distillation of spent solvent' },
    description: {
      zh: '清洗用废溶剂作为危险废物委外处置，费用高，配置溶剂回收机蒸馏后回用于清洗工序。',
      en: 'Spent cleaning solvent is shipped out as costly hazardous waste, so a solvent recycler distils it for reuse in cleaning.',
    },
  },
  {
    id: 'general-drum-return',
    industry: 'general',
    aspect: 'A6',
    costGroup: 'noLow',
    parameters: ['hazardousWaste'],
    name: {
      zh: '化学品包装桶返还供应商',
      en: 'Return chemical drums to suppliers',
    },
    description: {
      zh: '沾染化学品的空桶按危险废物处置，与供应商约定回收原包装桶重复灌装。',
      en: 'Empty contaminated drums count as hazardous waste, so suppliers agree to take them back for refilling.',
    },
  },
  {
    id: 'general-offcut-reuse',
    industry: 'general',
    aspect: 'A6',
    costGroup: 'noLow',
    parameters: ['solidWaste'],
    name: { zh: '边角料分类回收回用', en: 'Sort and reuse offcuts' },
    description: {
      zh: '生产边角料与一般垃圾混装外运，按材质分类收集，能回用的返回生产，其余交再生利用单位。',
      en: 'Offcuts leave mixed with general refuse, so they are sorted by material, fed back into production where possible and sold to recyclers otherwise.',
    },
  },
  {
    id: 'general-operating-procedures',
    industry: 'general',
    aspect: 'A7',
    costGroup: 'noLow',
    parameters: ['electricity', 'water'],
    name: {
      zh: '完善岗位操作规程',
      en: 'Written operating procedures for key posts',
    },
    description: {
      zh: '关键工序操作凭个人经验，参数不统一导致返工和浪费，编制并张贴岗位作业指导书，明确工艺参数和开停机要求。',
      en: 'Key steps are run by personal habit, causing rework and waste, so written work instructions fix the settings and start-up and shut-down routines.',
    },
  },
  {
    id: 'general-leak-patrol',
    industry: 'general',
    aspect: 'A7',
    costGroup: 'noLow',
    parameters: ['water', 'steam', 'wastewater'],
    name: {
      zh: '跑冒滴漏巡查与考核',
      en: 'Leak and spill patrols with accountability',
    },
    description: {
      zh: '水、汽、物料跑冒滴漏发现和处理不及时，建立定时巡查、登记和限期整改制度并纳入考核。',
      en: 'Leaks of water, steam and materials linger unnoticed, so scheduled patrols log them and each repair has a deadline and an owner.',
    },
  },
  {
    id: 'general-consumption-quotas',
    industry: 'general',
    aspect: 'A7',
    costGroup: 'noLow',
    parameters: ['electricity', 'water'],
    name: {
      zh: '能耗水耗定额考核',
      en: 'Energy and water quotas per workshop',
    },
    description: {
      zh: '各车间用能用水没有定额，浪费无人负责，按产量核定单耗定额并按月统计、通报和考核。',
      en: 'No workshop answers for its energy and water use, so per-unit quotas are set from output and reviewed monthly.',
    },
  },
  {
    id: 'general-hazardous-waste-segregation',
    industry: 'general',
    aspect: 'A7',
    costGroup: 'noLow',
    parameters: ['hazardousWaste', 'solidWaste'],
    name: {
      zh: '危险废物源头分类与规范贮存',
      en: 'Segregate hazardous waste at source',
    },
    description: {
      zh: '一般废物混入危险废物使危废量和处置费用增加，在产生点分类收集并规范危废暂存间管理。',
      en: 'General refuse mixed into hazardous waste inflates its tonnage and cost, so wastes are separated where they arise and the store is run to the rules.',
    },
  },
  {
    id: 'general-chemical-issue-control',
    industry: 'general',
    aspect: 'A7',
    costGroup: 'noLow',
    parameters: ['vocs', 'hazardousWaste'],
    name: {
      zh: '化学品台账与定量领用',
      en: 'Chemical register and metered issue',
    },
    description: {
      zh: '化学品随意领用、过期报废，建立进出台账，按定额和先进先出原则发放，容器随用随盖。',
      en: 'Chemicals are drawn freely and expire on the shelf, so a register, quota-based first-in-first-out issue and closed containers are enforced.',
    },
  },
  {
    id: 'general-cleaner-production-training',
    industry: 'general',
    aspect: 'A8',
    costGroup: 'noLow',
    parameters: [],
    name: {
      zh: '清洁生产全员培训',
      en: 'Cleaner-production training for all staff',
    },
    description: {
      zh: '员工对清洁生产和节能减排认识不足，分层次组织培训，讲解本厂的浪费点和改进要求。',
      en: 'Staff see little link between their work and waste, so tiered training walks through the losses in their own plant and what each team should change.',
    },
  },
  {
    id: 'general-suggestion-rewards',
    industry: 'general',
    aspect: 'A8',
    costGroup: 'noLow',
    parameters: [],
    name: {
      zh: '合理化建议奖励制度',
      en: 'Rewards for improvement suggestions',
    },
    description: {
      zh: '一线员工熟悉浪费环节但缺乏提建议的渠道，设立建议箱和评审奖励办法，对采纳的建议给予奖励。',
      en: 'Operators know where waste occurs but have no channel to say so, so a suggestion scheme reviews ideas and rewards those adopted.',
    },
  },
  {
    id: 'general-operator-certification',
    industry: 'general',
    aspect: 'A8',
    costGroup: 'noLow',
    parameters: [],
    name: {
      zh: '关键岗位技能培训与持证上岗',
      en: 'Skills training and certification for key operators',
    },
    description: {
      zh: '锅炉、废水处理和化学品等岗位操作不当易造成浪费和超标，组织专项技能培训并要求持证上岗。',
      en: 'Poor operation of boilers, wastewater plants and chemical stores causes losses and breaches, so operators get targeted training and must hold certificates.',
    },
  },
  {
    id: 'general-targets-in-appraisals',
    industry: 'general',
    aspect: 'A8',
    costGroup: 'noLow',
    parameters: ['electricity', 'water'],
    name: {
      zh: '节能减排指标纳入岗位考核',
      en: 'Energy and waste targets in staff appraisals',
    },
    description: {
      zh: '节能降耗只靠号召难以持续，把班组的能耗、物耗和废物指标纳入绩效考核并与奖金挂钩。',
      en: 'Appeals alone do not keep savings going, so team energy, material and waste figures enter appraisals and bonuses.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
