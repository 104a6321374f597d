import type { TechnologyEntry } from './entry';

/** Electrical machinery, household appliances and batteries. */
export const electricalMachineryTechnologies = [
  {
    id: 'electrical-silane-pretreatment',
    industry: 'electricalMachinery',
    pillarIndustry: 'electricalMachinery',
    aspect: 'A1',
    costGroup: 'noLow',
    parameters: ['heavyMetals', 'hazardousWaste', 'naturalGas', 'co2'],
    name: {
      zh: '硅烷锆化前处理替代磷化',
      en: 'Silane or zirconium pretreatment instead of phosphating',
    },
    description: {
      zh: '涂装前锌系磷化含镍、磷且需加温，产生磷化渣，改用常温的无磷无铬硅烷或锆化转化膜工艺。',
      en: 'Heated zinc phosphating before painting carries nickel and phosphate and leaves sludge, so a room-temperature silane or zirconium conversion coating replaces it.',
    },
  },
  {
    id: 'electrical-powder-coating',
    industry: 'electricalMachinery',
    pillarIndustry: 'electricalMachinery',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['vocs', 'hazardousWaste'],
    name: {
      zh: '粉末涂装替代溶剂型喷漆',
      en: 'Powder coating instead of solvent paint',
    },
    description: {
      zh: '钣金件喷涂溶剂型油漆，VOCs排放和漆渣多，改为静电粉末喷涂并回收过喷粉末。',
      en: 'Sheet-metal parts sprayed with solvent paint emit VOCs and make paint sludge, so electrostatic powder coating with overspray recovery is used.',
    },
  },
  {
    id: 'electrical-mercury-free-batteries',
    industry: 'electricalMachinery',
    pillarIndustry: 'electricalMachinery',
    aspect: 'A5',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'hazardousWaste'],
    name: {
      zh: '锌锰电池无汞无镉无铅化',
      en: 'Mercury-, cadmium- and lead-free zinc-manganese cells',
    },
    description: {
      zh: '纸板锌锰电池锌筒和浆层添加汞、镉、铅以抑制腐蚀，改用缓蚀剂和新型锌合金实现无汞无镉无铅。',
      en: 'Paper-lined zinc-manganese cells use mercury, cadmium or lead against corrosion, which inhibitors and new zinc alloys make unnecessary.',
    },
  },
  {
    id: 'electrical-cadmium-free-lead-acid',
    industry: 'electricalMachinery',
    pillarIndustry: 'electricalMachinery',
    aspect: 'A1',
    costGroup: 'midHigh',
    parameters: ['heavyMetals'],
    name: {
      zh: '铅蓄电池板栅无镉合金',
      en: 'Cadmium-free grid alloy for lead-acid batteries',
    },
    description: {
      zh: '部分铅蓄电池板栅合金含镉，生产和回收中产生含镉污染，改用铅钙锡等无镉合金。',
      en: 'Some lead-acid grid alloys contain cadmium that escapes in production and recycling, so lead-calcium-tin or other cadmium-free alloys are used.',
    },
  },
  {
    id: 'electrical-container-formation',
    industry: 'electricalMachinery',
    pillarIndustry: 'electricalMachinery',
    aspect: 'A2',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'wastewater', 'water'],
    name: {
      zh: '铅蓄电池内化成替代外化成',
      en: 'Container formation instead of tank formation',
    },
    description: {
      zh: '极板槽式外化成产生酸雾和大量含铅清洗废水，改为装配后电池内化成，取消化成槽和极板清洗。',
      en: 'Forming plates in open tanks releases acid mist and lead-laden wash water, so batteries are formed after assembly and the tank and plate washing disappear.',
    },
  },
  {
    id: 'electrical-enclosed-lead-processing',
    industry: 'electricalMachinery',
    pillarIndustry: 'electricalMachinery',
    aspect: 'A3',
    costGroup: 'midHigh',
    parameters: ['heavyMetals', 'particulates'],
    name: {
      zh: '铅粉和膏涂板密闭自动化',
      en: 'Enclosed automatic lead-oxide, paste and pasting lines',
    },
    description: {
      zh: '铅粉制造、和膏及涂板工序敞开作业，铅尘无组织逸散，改用密闭输送和自动化设备并负压收集。',
      en: 'Open lead-oxide milling, paste mixing and pasting let lead dust escape, so enclosed conveying and automatic machines under negative pressure are installed.',
    },
  },
] as const satisfies readonly TechnologyEntry[];
