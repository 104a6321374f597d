import type { TFunction } from 'i18next';
import {
  COST_CLASS_LABELS,
  COST_CLASSES,
  type CostClass,
} from '@shared/calc/cost-class';
import {
  OPTION_STATUS_LABELS,
  type OptionStatus,
} from '@shared/calc/option-status';
import type { ScreeningResult } from '@shared/calc/screening';
import { SHORT_TEXT } from '@shared/model/audit-row';
import {
  benefitTotalWanYuanPerYear,
  optionCostClass,
  OPTION_STAGES,
  screeningOf,
  type Option,
} from '@shared/model/option';
import {
  ASPECT_CODES,
  ASPECTS,
  aspectByCode,
  type AspectCode,
} from '@shared/reference/aspects';
import type { AuditRowPatch } from '@shared/model/audit-rows';
import type {
  CellValue,
  GridColumn,
  GridFooterRow,
} from '@renderer/components/grid';
import { pickLabel } from '@renderer/i18n/bilingual';
import type { RowView } from '../stages/use-audit-table';
import type { Audit } from '@shared/model/audit';
import { effectsTce } from './option-figures';

/** One option as the register's grid shows it. */
export type OptionGridRow = {
  id: string;
  code: string;
  name: string;
  description: string;
  primaryAspect: AspectCode;
  investmentWanYuan: number | null;
  benefit: number | null;
  proposedInStage: string;
  costClass: CostClass | null;
  energyTce: number | null;
  status: OptionStatus;
  screening: ScreeningResult;
  sortIndex: number;
};

/** Where a new row without an aspect goes: housekeeping (加强管理). */
export const DEFAULT_ASPECT: AspectCode = 'A7';

function isAspect(value: CellValue): value is AspectCode {
  return (ASPECT_CODES as readonly unknown[]).includes(value);
}

/**
 * The register's view of stored options. The cost class, the energy saved,
 * the status and the screening result are derived and read-only here: the
 * status moves through its workflow on the option's page or by the bulk
 * change, never by typing over a cell.
 */
export function optionView(
  audit: Pick<Audit, 'costClassRules' | 'energyAccounting'>,
  untitled: string,
): RowView<'options', OptionGridRow> {
  const rules = audit.costClassRules;
  return {
    toGrid: (option: Option) => ({
      id: option.id,
      code: option.code,
      name: option.name,
      description: option.description,
      primaryAspect: option.primaryAspect,
      investmentWanYuan: option.investmentWanYuan,
      benefit: benefitTotalWanYuanPerYear(option.economicBenefitWanYuanPerYear),
      proposedInStage: String(option.proposedInStage),
      costClass: optionCostClass(option, rules),
      energyTce: effectsTce(
        option.environmentalEffects,
        audit.energyAccounting,
      ),
      status: option.status,
      screening: screeningOf(option).result,
      sortIndex: option.sortIndex,
    }),
    toPatch: (option, key, value): AuditRowPatch<'options'> => {
      switch (key) {
        case 'name':
          return {
            name: typeof value === 'string' && value ? value : untitled,
          };
        case 'primaryAspect': {
          if (!isAspect(value)) return {};
          return {
            primaryAspect: value,
            secondaryAspects: option.secondaryAspects.filter(
              (a) => a !== value,
            ),
          };
        }
        case 'investmentWanYuan':
          return {
            investmentWanYuan: typeof value === 'number' ? value : null,
          };
        case 'benefit':
          return {
            economicBenefitWanYuanPerYear: {
              ...option.economicBenefitWanYuanPerYear,
              total: typeof value === 'number' ? value : null,
            },
          };
        case 'proposedInStage': {
          const stage = Number(value);
          return stage === 2 || stage === 3 || stage === 4
            ? { proposedInStage: stage }
            : {};
        }
        default:
          return {};
      }
    },
    fromGrid: (values) => ({
      // The repository gives the code; this placeholder is dropped.
      code: '-',
      name:
        typeof values.name === 'string' && values.name !== ''
          ? values.name
          : untitled,
      primaryAspect: isAspect(values.primaryAspect ?? null)
        ? (values.primaryAspect as AspectCode)
        : DEFAULT_ASPECT,
      investmentWanYuan:
        typeof values.investmentWanYuan === 'number'
          ? values.investmentWanYuan
          : null,
      economicBenefitWanYuanPerYear: {
        total: typeof values.benefit === 'number' ? values.benefit : null,
      },
      proposedInStage: ([2, 3, 4] as const).find(
        (stage) => String(stage) === values.proposedInStage,
      ),
    }),
  };
}

export function optionColumns(
  t: TFunction,
  language: string,
): GridColumn<OptionGridRow>[] {
  return [
    {
      kind: 'computed',
      key: 'code',
      header: t('options.columns.code'),
      width: 60,
      align: 'start',
      compute: (row) => row.code,
    },
    {
      kind: 'text',
      key: 'name',
      header: t('options.columns.name'),
      width: 240,
      maxLength: SHORT_TEXT,
    },
    {
      kind: 'select',
      key: 'primaryAspect',
      header: t('options.columns.aspect'),
      width: 150,
      options: ASPECTS.map((aspect) => ({
        value: aspect.code,
        label: pickLabel(aspect.optionType, language),
      })),
    },
    {
      kind: 'number',
      key: 'investmentWanYuan',
      header: t('options.columns.investment'),
      unit: '万元',
      min: 0,
      width: 96,
      decimals: 2,
    },
    {
      kind: 'computed',
      key: 'costClass',
      header: t('options.columns.costClass'),
      width: 72,
      align: 'start',
      compute: (row) =>
        row.costClass === null
          ? ''
          : pickLabel(COST_CLASS_LABELS[row.costClass], language),
    },
    {
      kind: 'number',
      key: 'benefit',
      header: t('options.columns.benefit'),
      unit: '万元/a',
      width: 100,
      decimals: 2,
    },
    {
      kind: 'computed',
      key: 'energyTce',
      header: t('options.columns.energy'),
      unit: 'tce/a',
      width: 96,
      decimals: 2,
      compute: (row) => row.energyTce,
    },
    {
      kind: 'select',
      key: 'proposedInStage',
      header: t('options.columns.stage'),
      width: 120,
      options: OPTION_STAGES.map((stage) => ({
        value: String(stage),
        label: t(`options.stageNames.${stage}`),
      })),
    },
    {
      kind: 'computed',
      key: 'screening',
      header: t('options.columns.screening'),
      width: 96,
      align: 'start',
      compute: (row) => t(`options.detail.results.${row.screening}`),
    },
    {
      kind: 'computed',
      key: 'status',
      header: t('options.columns.status'),
      width: 104,
      align: 'start',
      compute: (row) => pickLabel(OPTION_STATUS_LABELS[row.status], language),
    },
  ];
}

export type CostClassFilter = CostClass | 'unknown';
export const COST_CLASS_FILTERS: readonly CostClassFilter[] = [
  ...COST_CLASSES,
  'unknown',
];

export type RegisterFilters = {
  search: string;
  aspect: AspectCode | '';
  costClass: CostClassFilter | '';
  status: OptionStatus | '';
  stage: string;
};

export const NO_FILTERS: RegisterFilters = {
  search: '',
  aspect: '',
  costClass: '',
  status: '',
  stage: '',
};

export function matchesFilters(
  row: OptionGridRow,
  filters: RegisterFilters,
): boolean {
  const query = filters.search.normalize('NFKC').trim().toLowerCase();
  if (
    query !== '' &&
    ![row.code, row.name, row.description].some((text) =>
      text.normalize('NFKC').toLowerCase().includes(query),
    )
  ) {
    return false;
  }
  if (filters.aspect && row.primaryAspect !== filters.aspect) return false;
  if (filters.costClass && (row.costClass ?? 'unknown') !== filters.costClass)
    return false;
  if (filters.status && row.status !== filters.status) return false;
  if (filters.stage && row.proposedInStage !== filters.stage) return false;
  return true;
}

export const SORT_KEYS = [
  'order',
  'code',
  'investment',
  'benefit',
  'energy',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

// Codes sort as F2 before F10, and F before Z.
const codeCollator = new Intl.Collator('en', { numeric: true });

function descending(a: number | null, b: number | null): number {
  return (b ?? -Infinity) - (a ?? -Infinity);
}

export function sortRows(
  rows: readonly OptionGridRow[],
  key: SortKey,
  byAspect: boolean,
): OptionGridRow[] {
  const within = (a: OptionGridRow, b: OptionGridRow): number => {
    switch (key) {
      case 'code':
        return codeCollator.compare(a.code, b.code);
      case 'investment':
        return descending(a.investmentWanYuan, b.investmentWanYuan);
      case 'benefit':
        return descending(a.benefit, b.benefit);
      case 'energy':
        return descending(a.energyTce, b.energyTce);
      case 'order':
        return a.sortIndex - b.sortIndex;
    }
  };
  const aspectOrder = (row: OptionGridRow) =>
    ASPECT_CODES.indexOf(row.primaryAspect);
  return [...rows].sort(
    (a, b) =>
      (byAspect ? aspectOrder(a) - aspectOrder(b) : 0) ||
      within(a, b) ||
      a.sortIndex - b.sortIndex,
  );
}

function totals(rows: readonly OptionGridRow[]): Record<string, CellValue> {
  const sum = (pick: (row: OptionGridRow) => number | null) =>
    rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  return {
    investmentWanYuan: sum((row) => row.investmentWanYuan),
    benefit: sum((row) => row.benefit),
    energyTce: sum((row) => row.energyTce),
  };
}

/**
 * Footer rows: one subtotal per aspect present when grouping, then the
 * total of the rows shown, with the count in the name column.
 */
export function registerFooter(
  rows: readonly OptionGridRow[],
  byAspect: boolean,
  t: TFunction,
  language: string,
): GridFooterRow[] {
  const footer: GridFooterRow[] = [];
  if (byAspect) {
    for (const code of ASPECT_CODES) {
      const group = rows.filter((row) => row.primaryAspect === code);
      if (group.length === 0) continue;
      const aspect = pickLabel(aspectByCode(code).optionType, language);
      footer.push({
        id: `subtotal-${code}`,
        label: t('options.register.subtotal', { aspect }),
        values: { ...totals(group), name: String(group.length) },
      });
    }
  }
  footer.push({
    id: 'total',
    label: t('options.register.total'),
    values: { ...totals(rows), name: String(rows.length) },
  });
  return footer;
}
