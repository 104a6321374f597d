import type { TechnologyEntry } from './entry';

/** Ceramics, cement and flat glass: all kiln industries in division 30. */
export const buildingMaterialsTechnologies = [
  {
    id: 'building-ceramic-natural-gas',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['rawCoal', 'naturalGas', 'so2', 'particulates', 'co2'],
    name: {
      zh: '陶瓷窑炉煤制气改天然气',
      en: 'Natural gas instead of coal gas for ceramic kilns',
    },
    description: {
      zh: '陶瓷窑炉和喷雾干燥塔使用煤气发生炉煤气，含硫高并产生酚水和煤渣，改用天然气等清洁燃料。',
      en: 'Ceramic kilns and spray dryers fired with producer gas from coal gasifiers emit sulphur and leave phenolic water and cinders, so natural gas replaces it.',
    },
  },
  {
    id: 'building-ceramic-dry-granulation',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['water', 'naturalGas', 'electricity', 'co2'],
    name: {
      zh: '干法制粉替代湿法球磨喷雾干燥',
      en: 'Dry body preparation instead of wet milling and spray drying',
    },
    description: {
      zh: '湿法球磨需加水制浆再喷雾干燥脱水，水耗和热耗大，改用干法粉碎和增湿造粒工艺。',
      en: 'Wet ball milling adds water that spray drying must then drive off, so dry grinding with moist granulation takes its place.',
    },
  },
  {
    id: 'building-ceramic-kiln-heat-to-dryers',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['naturalGas', 'co2'],
    name: { zh: '窑炉余热用于干燥', en: 'Kiln waste heat to dryers' },
    description: {
      zh: '辊道窑冷却段和烟气余热直接排放，将热风引入干燥窑或喷雾干燥塔，减少干燥燃料消耗。',
      en: 'Heat from the roller kiln cooling zone and flue is vented, so the hot air is ducted to the dryers or spray dryer to save fuel.',
    },
  },
  {
    id: 'building-ceramic-thin-tiles',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A5',
    costGroup: 'midHigh',
    parameters: ['naturalGas', 'electricity', 'co2'],
    name: { zh: '陶瓷砖薄型化', en: 'Thinner ceramic tiles' },
    description: {
      zh: '陶瓷砖厚度普遍超出使用所需，每平方米消耗原料和燃料多，开发减薄的陶瓷砖和大板产品。',
      en: 'Tiles are thicker than their use requires, so thinner tiles and slabs save raw material and firing energy per square metre.',
    },
  },
  {
    id: 'building-ceramic-waste-reuse',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['solidWaste'],
    name: {
      zh: '废瓷和抛光废渣回用作原料',
      en: 'Fired scrap and polishing sludge back into the body',
    },
    description: {
      zh: '烧成废品和抛光废渣外运填埋，经破碎分级后按比例掺入坯料或用于制备轻质墙材。',
      en: 'Fired rejects and polishing sludge go to landfill, so they are crushed, graded and blended into the body or made into lightweight wall products.',
    },
  },
  {
    id: 'building-cement-low-nox-combustion',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['nox'],
    name: {
      zh: '水泥窑低氮燃烧与分级燃烧',
      en: 'Low-NOx burners and staged combustion in cement kilns',
    },
    description: {
      zh: '回转窑和分解炉燃烧温度高、氮氧化物生成多，更换低氮燃烧器并在分解炉实施空气和燃料分级燃烧。',
      en: 'High flame temperatures in the kiln and calciner form much NOx, so low-NOx burners and air and fuel staging in the calciner are introduced.',
    },
  },
  {
    id: 'building-cement-sncr',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A4',
    costGroup: 'midHigh',
    parameters: ['nox'],
    name: {
      zh: 'SNCR脱硝精准喷氨控制',
      en: 'SNCR with precise reagent injection',
    },
    description: {
      zh: '分解炉高温区喷氨水脱硝的喷氨量凭经验设定，氨耗大且逃逸多，按出口NOx在线数据分区自动调节喷氨量。',
      en: 'Ammonia sprayed into the hot calciner zone is set by habit, wasting reagent, so zoned injection follows on-line outlet NOx readings.',
    },
  },
  {
    id: 'building-kiln-low-temperature-scr',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['nox'],
    name: {
      zh: '窑炉中低温SCR脱硝',
      en: 'Low- and medium-temperature SCR for kilns',
    },
    description: {
      zh: '窑炉烟气温度低于常规催化剂工作温度，难以深度脱硝，采用中低温催化剂的选择性催化还原装置。',
      en: 'Kiln flue gas is too cool for standard catalysts, so selective catalytic reduction with a low- or medium-temperature catalyst achieves deep NOx cuts.',
    },
  },
  {
    id: 'building-cement-waste-heat-power',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['electricity'],
    name: {
      zh: '水泥窑纯低温余热发电',
      en: 'Low-temperature waste-heat power in cement plants',
    },
    description: {
      zh: '预热器出口和篦冷机废气余热未利用，建设余热锅炉和汽轮发电机组，所发电力供厂内使用。',
      en: 'Preheater and clinker-cooler exhaust heat goes unused, so heat-recovery boilers and a turbine generate power for the plant.',
    },
  },
  {
    id: 'building-cement-vertical-mill',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['electricity'],
    name: {
      zh: '立磨或辊压机粉磨替代球磨',
      en: 'Vertical roller mill or roller press instead of ball mill',
    },
    description: {
      zh: '管式球磨机粉磨电耗高，生料和水泥粉磨改用立磨或辊压机终粉磨、联合粉磨系统。',
      en: 'Tube ball mills use much power, so raw meal and cement are ground in vertical roller mills or roller-press systems.',
    },
  },
  {
    id: 'building-cement-co-processing',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['solidWaste', 'hazardousWaste', 'rawCoal', 'co2'],
    name: {
      zh: '水泥窑协同处置固体废物',
      en: 'Co-processing of waste in cement kilns',
    },
    description: {
      zh: '社会和工业固废需填埋或焚烧，利用水泥窑高温条件协同处置，以废替代部分原料和燃料。',
      en: 'Municipal and industrial wastes need landfill or incineration, so the kiln burns them at high temperature in place of some raw material and fuel.',
    },
  },
  {
    id: 'building-glass-oxy-fuel',
    industry: 'buildingMaterials',
    pillarIndustry: 'buildingMaterials',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['naturalGas', 'nox', 'co2'],
    name: { zh: '玻璃熔窑全氧燃烧', en: 'Oxy-fuel firing of glass furnaces' },
    description: {
      zh: '空气助燃时大量氮气被加热后排出，带走热量并生成氮氧化物，改用纯氧助燃降低燃料消耗和NOx。',
      en: 'Air firing heats and discharges a mass of nitrogen that carries heat away and forms NOx, so pure oxygen supports combustion instead.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
