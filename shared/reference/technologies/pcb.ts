import type { TechnologyEntry } from './entry';

/** Printed circuit board making (bare boards). */
export const pcbTechnologies = [
  {
    id: 'pcb-etchant-regeneration',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['hazardousWaste', 'heavyMetals'],
    name: { zh: '蚀刻液在线再生回用', en: 'On-line etchant regeneration' },
    description: {
      zh: '酸性或碱性蚀刻废液含铜高、外运量大，配置在线再生系统电解提铜，再生后的蚀刻液返回生产线。',
      en: 'Spent acid or alkaline etchant is a large copper-rich waste, so an on-line unit plates out the copper and returns the regenerated etchant to the line.',
    },
  },
  {
    id: 'pcb-microetch-copper-recovery',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['hazardousWaste', 'heavyMetals'],
    name: {
      zh: '微蚀液电解提铜回用',
      en: 'Copper recovery from micro-etch solution',
    },
    description: {
      zh: '微蚀液铜含量升高后整槽更换，产生含铜废液，采用电解装置持续提铜使槽液长期使用。',
      en: 'Micro-etch baths are dumped once copper builds up, so an electrolytic cell removes copper continuously and keeps the bath in service.',
    },
  },
  {
    id: 'pcb-drag-out-recovery',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['heavyMetals', 'water', 'wastewater'],
    name: {
      zh: '增设回收水洗段减少带出',
      en: 'Drag-out recovery rinse stages',
    },
    description: {
      zh: '板件从含铜槽液带出的药水直接进入水洗，使低浓度含铜废水增加，在工作槽后增设回收段并将回收液补回工作槽。',
      en: 'Solution carried out of copper baths ends up in the rinses, so a recovery stage after each bath collects it and tops the bath back up.',
    },
  },
  {
    id: 'pcb-counter-current-rinse',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A2',
    costGroup: 'noLow',
    parameters: ['water', 'wastewater', 'heavyMetals'],
    name: {
      zh: '水平线多级逆流水洗',
      en: 'Counter-current rinsing on horizontal lines',
    },
    description: {
      zh: '水平线各水洗段分别补充新水，单位面积耗水高，改为多级逆流串联并按走板信号控制补水。',
      en: 'Each rinse section of a horizontal line takes its own fresh water, so sections are cascaded counter-current and make-up follows the board sensor.',
    },
  },
  {
    id: 'pcb-wastewater-segregation',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'cod', 'hazardousWaste'],
    name: {
      zh: '废水分类收集分质处理',
      en: 'Segregated collection of wastewater streams',
    },
    description: {
      zh: '络合铜、油墨、高浓度有机废水与一般清洗水混合后难以处理且污泥量大，按水质分类收集并分别预处理。',
      en: 'Complexed-copper, ink and high-COD streams mixed with ordinary rinses are hard to treat and swell the sludge, so each is collected and pre-treated apart.',
    },
  },
  {
    id: 'pcb-rinse-water-reuse',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['water', 'wastewater', 'cod', 'heavyMetals'],
    name: {
      zh: '清洗废水膜处理回用',
      en: 'Membrane treatment and reuse of rinse water',
    },
    description: {
      zh: '低污染清洗废水处理后直接排放，经超滤和反渗透处理后回用于前处理和水洗工序，提高水重复利用率。',
      en: 'Lightly loaded rinse water is discharged after treatment, so ultrafiltration and reverse osmosis return it to pre-treatment and rinsing.',
    },
  },
  {
    id: 'pcb-direct-metallisation',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'water', 'wastewater', 'cod'],
    name: {
      zh: '直接电镀替代化学沉铜',
      en: 'Direct metallisation instead of electroless copper',
    },
    description: {
      zh: '化学沉铜使用甲醛和络合剂，废水难处理，采用黑孔、黑影或导电聚合物直接电镀工艺实现孔金属化。',
      en: 'Electroless copper relies on formaldehyde and complexing agents that burden the effluent, so holes are made conductive with carbon, graphite or polymer direct plating.',
    },
  },
  {
    id: 'pcb-trim-scrap-separation',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['solidWaste', 'hazardousWaste'],
    name: {
      zh: '板边废料铜粉树脂分离回收',
      en: 'Copper and resin separation from board trimmings',
    },
    description: {
      zh: '覆铜板边角料和废板只能整体处置，经破碎和气流、静电分选分离出铜粉和树脂粉分别利用。',
      en: 'Laminate trimmings and scrap boards go out as mixed waste, so crushing with air and electrostatic separation splits them into copper and resin powders for reuse.',
    },
  },
  {
    id: 'pcb-tin-stripper-regeneration',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A6',
    costGroup: 'midHigh',
    parameters: ['hazardousWaste', 'heavyMetals'],
    name: { zh: '退锡废液再生回用', en: 'Tin-stripper regeneration' },
    description: {
      zh: '退锡废液含锡、铜和硝酸，整槽外运处置，采用再生工艺回收金属锡并使退锡液循环使用。',
      en: 'Spent nitric tin stripper carrying tin and copper is shipped out by the tankful, so a regeneration process recovers the tin and recirculates the stripper.',
    },
  },
  {
    id: 'pcb-bath-life-control',
    industry: 'pcb',
    pillarIndustry: 'electronics',
    aspect: 'A4',
    costGroup: 'noLow',
    parameters: ['cod', 'wastewater'],
    name: {
      zh: '显影去膜液自动添加与寿命控制',
      en: 'Automatic replenishment of developer and stripper',
    },
    description: {
      zh: '显影液、去膜液按时间整槽更换，高浓度有机废液多，按电导率或走板面积自动补加并延长槽液寿命。',
      en: 'Developer and resist stripper are dumped on a timetable, so conductivity- or area-based replenishment keeps them in use longer and cuts high-COD waste.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
