import { cityByCode, REGION_KEYS, regionByKey } from '../reference/cities';
import type { RegionKey } from '../reference/cities';
import {
  PILLAR_GROUP_KEYS,
  PILLAR_GROUP_LABELS,
  PILLAR_INDUSTRIES,
  type PillarGroupKey,
} from '../reference/industries';
import { parameterByKey, type ParameterKey } from '../reference/parameters';
import {
  REDUCTION_COLUMNS,
  SAVING_COLUMNS,
  type PerformanceFigures,
} from './performance-summary';
import { UNKNOWN_GROUP, type GroupDimension } from './portfolio';

// Words for portfolio tables, shared by the statistics page, its Excel
// export and the command line. Reference data brings its own Chinese and
// English names; the rest comes from the caller's translations.

export type Lang = 'zh' | 'en';
export type Translate = (key: string) => string;

/** The printed name of a group key. */
export function groupLabel(
  dimension: GroupDimension,
  key: string,
  lang: Lang,
  t: Translate,
): string {
  if (key === UNKNOWN_GROUP) return t('portfolio.unknown');
  switch (dimension) {
    case 'city':
      return cityByCode(key)?.name[lang] ?? key;
    case 'region':
      return (REGION_KEYS as readonly string[]).includes(key)
        ? regionByKey(key as RegionKey).name[lang]
        : key;
    case 'industry':
      return PILLAR_INDUSTRIES.find((p) => p.key === key)?.name[lang] ?? key;
    case 'pillarGroup':
      return (PILLAR_GROUP_KEYS as readonly string[]).includes(key)
        ? PILLAR_GROUP_LABELS[key as PillarGroupKey][lang]
        : key;
    case 'auditType':
      return t(`auditType.${key}`);
    case 'procedure':
      return t(`procedure.${key}`);
    case 'state':
      return t(`auditState.${key}`);
    case 'year':
    case 'consultant':
      return key;
  }
}

/** A line of the performance table: a heading when `pick` is absent. */
export interface FigureRow {
  readonly label: string;
  readonly pick?: (figures: PerformanceFigures) => number;
  readonly money?: boolean;
}

export interface FigureLabels {
  readonly investment: string;
  readonly benefit: string;
  readonly energySaved: string;
  readonly savings: string;
  readonly reductions: string;
  readonly perYear: (name: string, unit: string) => string;
}

/** The rows of the performance table, in the order the results notice uses. */
export function figureRows(lang: Lang, labels: FigureLabels): FigureRow[] {
  const named = (column: { parameter: ParameterKey; unit: string }) => {
    const parameter = parameterByKey(column.parameter);
    const unit = column.unit === 'm3' ? 'm³' : column.unit;
    return labels.perYear(parameter.name[lang], unit);
  };
  return [
    { label: labels.investment, pick: (f) => f.investmentWanYuan, money: true },
    {
      label: labels.benefit,
      pick: (f) => f.economicBenefitWanYuanPerYear,
      money: true,
    },
    { label: labels.energySaved, pick: (f) => f.energySavedTcePerYear },
    { label: labels.savings },
    ...keys(SAVING_COLUMNS).map((key) => ({
      label: named(SAVING_COLUMNS[key]),
      pick: (f: PerformanceFigures) => f.savings[key],
    })),
    { label: labels.reductions },
    ...keys(REDUCTION_COLUMNS).map((key) => ({
      label: named(REDUCTION_COLUMNS[key]),
      pick: (f: PerformanceFigures) => f.reductions[key],
    })),
  ];
}

function keys<T extends object>(record: T): (keyof T)[] {
  return Object.keys(record) as (keyof T)[];
}
