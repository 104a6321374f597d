import type { BilingualLabel } from './label';

// The eight aspects tag both the causes of waste (cause analysis) and the
// type of an option (方案类型), so each aspect carries two labels. The codes
// A1–A8 and the JSON keys are stable; labels may be reworded.
export const ASPECT_CODES = [
  'A1',
  'A2',
  'A3',
  'A4',
  'A5',
  'A6',
  'A7',
  'A8',
] as const;
export type AspectCode = (typeof ASPECT_CODES)[number];

export const ASPECT_KEYS = [
  'materialsEnergy',
  'process',
  'equipment',
  'processControl',
  'product',
  'waste',
  'management',
  'staff',
] as const;
export type AspectKey = (typeof ASPECT_KEYS)[number];

export interface Aspect {
  readonly code: AspectCode;
  readonly key: AspectKey;
  readonly cause: BilingualLabel;
  readonly optionType: BilingualLabel;
  // Other spellings met in reports and worksheets, matched by resolveAspect.
  readonly aliases: readonly string[];
}

// The option-type labels follow the Guangdong cleaner-production plan; the
// national manual's longer wording for A6 and A8 is kept as an alias.
export const ASPECTS: readonly Aspect[] = [
  {
    code: 'A1',
    key: 'materialsEnergy',
    cause: { zh: '原辅材料和能源', en: 'Raw materials and energy' },
    optionType: {
      zh: '原辅材料和能源替代',
      en: 'Substitution of raw materials and energy',
    },
    aliases: ['原辅材料/能源', '原辅材料及能源'],
  },
  {
    code: 'A2',
    key: 'process',
    cause: { zh: '技术工艺', en: 'Technology and process' },
    optionType: { zh: '技术工艺改造', en: 'Process modification' },
    aliases: ['工艺'],
  },
  {
    code: 'A3',
    key: 'equipment',
    cause: { zh: '设备', en: 'Equipment' },
    optionType: {
      zh: '设备维护和更新',
      en: 'Equipment maintenance and renewal',
    },
    aliases: [],
  },
  {
    code: 'A4',
    key: 'processControl',
    cause: { zh: '过程控制', en: 'Process control' },
    optionType: { zh: '过程优化控制', en: 'Optimised process control' },
    aliases: ['控制'],
  },
  {
    code: 'A5',
    key: 'product',
    cause: { zh: '产品', en: 'Product' },
    optionType: {
      zh: '产品更换或改进',
      en: 'Product change or improvement',
    },
    aliases: [],
  },
  {
    code: 'A6',
    key: 'waste',
    cause: { zh: '废弃物', en: 'Waste' },
    optionType: { zh: '废弃物综合利用', en: 'Waste recovery and reuse' },
    aliases: ['废弃物回收利用和循环使用'],
  },
  {
    code: 'A7',
    key: 'management',
    cause: { zh: '管理', en: 'Management' },
    optionType: { zh: '加强管理', en: 'Better management' },
    aliases: [],
  },
  {
    code: 'A8',
    key: 'staff',
    cause: { zh: '员工', en: 'Staff' },
    optionType: { zh: '员工素质提高', en: 'Staff skills and motivation' },
    aliases: ['员工素质的提高及积极性的激励'],
  },
];

export function aspectByCode(code: AspectCode): Aspect {
  return ASPECTS[ASPECT_CODES.indexOf(code)] as Aspect;
}

export function aspectByKey(key: AspectKey): Aspect {
  return ASPECTS[ASPECT_KEYS.indexOf(key)] as Aspect;
}

// Worksheets are typed by hand: spaces, full-width letters and the case of
// the English labels vary, none of which changes the meaning.
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const ASPECT_BY_NAME: ReadonlyMap<string, AspectCode> = new Map(
  ASPECTS.flatMap((aspect) =>
    [
      aspect.code,
      aspect.key,
      aspect.cause.zh,
      aspect.cause.en,
      aspect.optionType.zh,
      aspect.optionType.en,
      ...aspect.aliases,
    ].map((name) => [normalise(name), aspect.code] as const),
  ),
);

/**
 * Finds the aspect a label names: its code, JSON key, cause label, option-type
 * label (zh or en) or an alias. Undefined when nothing matches.
 */
export function resolveAspect(label: string): AspectCode | undefined {
  return ASPECT_BY_NAME.get(normalise(label));
}
