import type { TechnologyEntry } from './entry';

/** Textile wet processing: sizing, pretreatment, dyeing and printing. */
export const textilesTechnologies = [
  {
    id: 'textile-degradable-size',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    divisionCodes: ['17'],
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['cod'],
    name: {
      zh: '可生物降解浆料替代PVA浆料',
      en: 'Biodegradable size instead of PVA',
    },
    description: {
      zh: 'PVA浆料退浆后进入废水且难以生物降解，改用变性淀粉、丙烯酸类等易降解或可回收的浆料。',
      en: 'PVA size washed out at desizing resists biological treatment, so modified starch, acrylic or recoverable sizes are used.',
    },
  },
  {
    id: 'textile-enzymatic-pretreatment',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    divisionCodes: ['17'],
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['cod', 'steam', 'water'],
    name: { zh: '生物酶退浆精练', en: 'Enzymatic desizing and scouring' },
    description: {
      zh: '高温浓碱退浆精练耗汽多、废水碱度和COD高，改用淀粉酶、果胶酶等生物酶在较低温度下处理。',
      en: 'Hot, strong caustic desizing and scouring burn steam and load the effluent, so amylase and pectinase enzymes do the job at lower temperature.',
    },
  },
  {
    id: 'textile-short-pretreatment',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['water', 'steam', 'wastewater', 'cod'],
    name: { zh: '短流程前处理', en: 'Short-sequence pretreatment' },
    description: {
      zh: '退浆、煮练、漂白分步进行，水洗次数多、耗水耗汽大，采用高效助剂将前处理合并为一浴或两步。',
      en: 'Separate desizing, scouring and bleaching need many washes, so efficient auxiliaries combine them into one bath or two steps.',
    },
  },
  {
    id: 'textile-low-liquor-ratio-dyeing',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['water', 'steam', 'wastewater', 'cod'],
    name: {
      zh: '小浴比气流染色机替代溢流染色机',
      en: 'Low-liquor-ratio airflow dyeing machines',
    },
    description: {
      zh: '常规溢流染色机浴比大，每公斤布耗水耗汽和染化料多，更换为小浴比气流或高温高压小浴比染色机。',
      en: 'Conventional overflow jets run long liquor ratios, so airflow or low-ratio jets cut water, steam and chemicals per kilogram of fabric.',
    },
  },
  {
    id: 'textile-digital-printing',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['water', 'wastewater', 'cod'],
    name: {
      zh: '数码喷墨印花替代圆网印花',
      en: 'Digital inkjet printing instead of rotary screen',
    },
    description: {
      zh: '圆网印花制网、调浆和洗网耗水大，浆料剩余多，小批量品种改用数码喷墨印花按需上墨。',
      en: 'Rotary-screen printing spends water on screens, paste mixing and washing and leaves surplus paste, so short runs move to inkjet printers that lay ink on demand.',
    },
  },
  {
    id: 'textile-reclaimed-water',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['water', 'wastewater', 'cod'],
    name: {
      zh: '印染废水深度处理中水回用',
      en: 'Reuse of treated dyehouse effluent',
    },
    description: {
      zh: '印染企业新鲜水用量和废水排放量大，对处理后废水进行膜法深度处理，回用于前处理和水洗工序。',
      en: 'Dyehouses draw and discharge large volumes, so treated effluent is polished with membranes for pretreatment and washing.',
    },
  },
  {
    id: 'textile-stenter-heat-recovery',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['naturalGas', 'vocs', 'co2'],
    name: { zh: '定型机废气余热回收', en: 'Stenter exhaust heat recovery' },
    description: {
      zh: '定型机高温废气夹带油烟直接排放，加装热交换器回收热量预热新风，同时冷凝去除部分油烟。',
      en: 'Hot, oily stenter exhaust is vented, so an exchanger preheats fresh air with it and condenses part of the oil fume.',
    },
  },
  {
    id: 'textile-mercerising-caustic-recovery',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    divisionCodes: ['17'],
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['wastewater'],
    name: { zh: '丝光淡碱回收', en: 'Weak-caustic recovery from mercerising' },
    description: {
      zh: '丝光工序排出的淡碱液进入废水，增加中和负担，经过滤和蒸发浓缩后回用于丝光或前处理。',
      en: 'Weak caustic from mercerising ends up in the effluent and must be neutralised, so it is filtered and evaporated for reuse.',
    },
  },
  {
    id: 'textile-automatic-dispensing',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    aspect: 'A4',
    costGroup: 'midHigh',
    parameters: ['water', 'steam', 'cod'],
    name: {
      zh: '染化料自动称量输送系统',
      en: 'Automatic dye and chemical dispensing',
    },
    description: {
      zh: '人工称料误差大，色差返修导致重复染色，配置染料、助剂自动称量和管道输送系统，提高一次成功率。',
      en: 'Hand weighing causes shade errors and re-dyeing, so automatic weighing and piped delivery of dyes and auxiliaries raise right-first-time rates.',
    },
  },
  {
    id: 'textile-online-process-control',
    industry: 'textiles',
    pillarIndustry: 'textilesGarments',
    aspect: 'A4',
    costGroup: 'midHigh',
    parameters: ['steam', 'naturalGas', 'water', 'co2'],
    name: {
      zh: '印染在线检测与控制系统',
      en: 'On-line measurement and control in dyeing and finishing',
    },
    description: {
      zh: '染液浓度、布面含湿和定型机排气湿度凭经验控制，加装在线检测仪表，自动调节车速、排风和补液。',
      en: 'Bath strength, fabric moisture and stenter exhaust humidity are judged by eye, so on-line sensors adjust speed, exhaust and dosing automatically.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
