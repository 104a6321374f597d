import { useCallback, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  buildScreeningTable,
  SCREENING_GROUPS,
  SCREENING_TICKS,
  type ScreeningResult,
  type ScreeningTick,
} from '@shared/calc/screening';
import {
  DEFAULT_SCREENING_CRITERIA,
  rankWeightedSum,
} from '@shared/calc/weighted-sum';
import type { CostClassRules } from '@shared/calc/cost-class';
import type { ScreeningCriterion } from '@shared/model/implementation';
import { SHORT_TEXT } from '@shared/model/audit-row';
import {
  optionCostGroup,
  screeningOf,
  type Option,
} from '@shared/model/option';
import type { CellValue, GridColumn } from '../../components/grid';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { addRows, listRows } from '../../db/repositories/audit-rows';
import { getAudit } from '../../db/repositories/audits';
import { pickLabel } from '../../i18n/bilingual';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { AuditTableSection } from '../stages/AuditTableSection';
import { flatView, type RowView } from '../stages/use-audit-table';
import { formatFigure } from '../stages/stage2/analysis/number-format';
import './options.css';

const TICKS = [
  'technical',
  'environmental',
  'economic',
  'ease',
  'productImpact',
] as const;
type TickKey = (typeof TICKS)[number];

type TickRow = {
  id: string;
  code: string;
  name: string;
  result: ScreeningResult;
} & Record<TickKey, string>;

const criteriaView = flatView<'screeningCriteria'>();

function isTick(value: CellValue): value is ScreeningTick {
  return (SCREENING_TICKS as readonly unknown[]).includes(value);
}

/** Stage 4's screening: simple ticks, weighted ranking, and the results. */
export function ScreeningSection({ auditId }: { auditId: string }) {
  const found = useLiveQuery(
    () => getAudit(defaultContext(), auditId),
    [auditId],
  );
  const rules = found?.audit.costClassRules;
  if (!rules) return null;
  return (
    <>
      <SimpleScreening auditId={auditId} />
      <WeightedScreening auditId={auditId} rules={rules} />
      <ScreeningResults auditId={auditId} rules={rules} />
    </>
  );
}

function SimpleScreening({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const view = useMemo<RowView<'options', TickRow>>(
    () => ({
      toGrid: (option) => ({
        id: option.id,
        code: option.code,
        name: option.name,
        ...option.screening.ticks,
        result: screeningOf(option).result,
      }),
      toPatch: (option, key, value) =>
        (TICKS as readonly string[]).includes(key) && isTick(value)
          ? {
              screening: {
                ...option.screening,
                ticks: { ...option.screening.ticks, [key]: value },
              },
            }
          : {},
      fromGrid: () => ({ code: '-', name: '-', primaryAspect: 'A7' }),
    }),
    [],
  );
  const columns = useMemo<GridColumn<TickRow>[]>(
    () => [
      ...codeAndName<TickRow>(t, 240),
      ...TICKS.map((key): GridColumn<TickRow> => ({
        kind: 'select',
        key,
        header: t(`options.detail.ticks.${key}`),
        width: 96,
        options: SCREENING_TICKS.map((tick) => ({
          value: tick,
          label: t(`options.detail.tick.${tick}`),
        })),
      })),
      {
        kind: 'computed',
        key: 'result',
        header: t('options.screening.result'),
        width: 100,
        align: 'start',
        compute: (row) => t(`options.detail.results.${row.result}`),
      },
    ],
    [t],
  );
  return (
    <AuditTableSection
      sectionKey="screening"
      title={t('options.screening.simpleTitle')}
      description={t('options.screening.simpleDescription')}
      table="options"
      auditId={auditId}
      columns={columns}
      view={view}
      fixedRows
      emptyText={t('options.screening.noOptions')}
    />
  );
}

type ScoreRow = {
  id: string;
  code: string;
  name: string;
  total: number;
  rank: number;
  [criterionId: string]: string | number | null;
};

function WeightedScreening({
  auditId,
  rules,
}: {
  auditId: string;
  rules: CostClassRules;
}) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const criteria = useLiveQuery(
    () => listRows(defaultContext(), 'screeningCriteria', auditId),
    [auditId],
  );
  const options = useLiveQuery(
    () => listRows(defaultContext(), 'options', auditId),
    [auditId],
  );
  const midHigh = useCallback(
    (option: Option) => optionCostGroup(option, rules) === 'midHigh',
    [rules],
  );
  const scoreOf = useCallback(
    (option: Option, criterion: ScreeningCriterion) =>
      option.screening.weightedScores[criterion.id] ??
      (criterion.presetKey
        ? option.screening.weightedScores[criterion.presetKey]
        : undefined) ??
      null,
    [],
  );
  const ranking = useMemo(() => {
    if (!criteria || !options) return null;
    return rankWeightedSum(
      criteria.map((c) => ({
        key: c.id,
        labelZh: c.name,
        labelEn: c.name,
        weight: c.weight,
      })),
      options.filter(midHigh).map((option) => ({
        key: option.id,
        scores: Object.fromEntries(
          criteria.map((c) => [c.id, scoreOf(option, c)]),
        ),
      })),
    );
  }, [criteria, options, midHigh, scoreOf]);

  const view = useMemo<RowView<'options', ScoreRow>>(() => {
    const rows = new Map(ranking?.rows.map((r) => [r.candidateKey, r]));
    return {
      toGrid: (option) => {
        const ranked = rows.get(option.id);
        const row: ScoreRow = {
          id: option.id,
          code: option.code,
          name: option.name,
          total: ranked?.total ?? 0,
          rank: ranked?.rank ?? 0,
        };
        for (const c of criteria ?? []) row[c.id] = scoreOf(option, c);
        return row;
      },
      toPatch: (option, key, value) => ({
        screening: {
          ...option.screening,
          weightedScores: {
            ...option.screening.weightedScores,
            [key]: typeof value === 'number' ? value : null,
          },
        },
      }),
      fromGrid: () => ({ code: '-', name: '-', primaryAspect: 'A7' }),
    };
  }, [ranking, criteria, scoreOf]);

  const columns = useMemo<GridColumn<ScoreRow>[]>(
    () => [
      ...codeAndName<ScoreRow>(t, 220),
      ...(criteria ?? []).map((c): GridColumn<ScoreRow> => ({
        kind: 'number',
        key: c.id,
        header: `${c.name}（W=${formatFigure(c.weight, i18n.language)}）`,
        width: 110,
        min: 0,
        max: 10,
      })),
      {
        kind: 'computed',
        key: 'total',
        header: t('options.screening.total'),
        width: 80,
        decimals: 1,
        compute: (row) => row.total,
      },
      {
        kind: 'computed',
        key: 'rank',
        header: t('options.screening.rank'),
        width: 60,
        compute: (row) => (row.rank === 0 ? null : row.rank),
      },
    ],
    [t, criteria, i18n.language],
  );
  const criteriaColumns = useMemo<GridColumn<ScreeningCriterion>[]>(
    () => [
      {
        kind: 'text',
        key: 'name',
        header: t('options.screening.criterionColumns.name'),
        width: 200,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'number',
        key: 'weight',
        header: t('options.screening.criterionColumns.weight'),
        width: 100,
        min: 0,
        max: 10,
      },
    ],
    [t],
  );
  const addDefaults = async () => {
    try {
      await addRows(
        defaultContext(),
        'screeningCriteria',
        auditId,
        DEFAULT_SCREENING_CRITERIA.map((preset) => ({
          name: pickLabel(
            { zh: preset.labelZh, en: preset.labelEn },
            i18n.language,
          ),
          weight: preset.weight,
          presetKey: preset.key,
        })),
      );
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const issues = [...new Set(ranking?.issues.map((issue) => issue.code))];

  return (
    <>
      <AuditTableSection
        sectionKey="screeningCriteria"
        title={t('options.screening.criteria')}
        description={t('options.screening.weightedDescription')}
        table="screeningCriteria"
        auditId={auditId}
        columns={criteriaColumns}
        view={criteriaView}
        emptyText={t('options.screening.noCriteria')}
      >
        {criteria?.length === 0 && (
          <button type="button" onClick={() => void addDefaults()}>
            {t('options.screening.addDefaults')}
          </button>
        )}
      </AuditTableSection>
      <AuditTableSection
        key={(criteria ?? []).map((c) => c.id).join()}
        sectionKey="weightedScreening"
        title={t('options.screening.weightedTitle')}
        table="options"
        auditId={auditId}
        columns={columns}
        view={view}
        filter={midHigh}
        fixedRows
        emptyText={t('options.screening.noMidHigh')}
      >
        {issues.map((code) => (
          <p key={code} className="warning-text">
            {t(`options.screening.issues.${code}`)}
          </p>
        ))}
      </AuditTableSection>
    </>
  );
}

function ScreeningResults({
  auditId,
  rules,
}: {
  auditId: string;
  rules: CostClassRules;
}) {
  const { t } = useTranslation();
  const options = useLiveQuery(
    () => listRows(defaultContext(), 'options', auditId),
    [auditId],
  );
  if (!options) return null;
  const table = buildScreeningTable(
    options.map((option) => ({
      option,
      costGroup: optionCostGroup(option, rules),
      result: screeningOf(option).result,
    })),
  );
  return (
    <section className="card stage-section" aria-labelledby="screening-results">
      <h2 id="screening-results">{t('options.screening.resultsTitle')}</h2>
      {SCREENING_GROUPS.map((group) => (
        <div key={group}>
          <h3>
            {`${t(`options.screening.groups.${group}`)}（${table.groups[group].length}）`}
          </h3>
          <p>
            {table.groups[group]
              .map(({ option }) => `${option.code} ${option.name}`)
              .join('；') || t('common.none')}
          </p>
        </div>
      ))}
      {table.warnings.map((warning) => (
        <p key={warning.code} className="warning-text" role="status">
          {t('options.screening.tooFewStudies', {
            count: warning.count,
            minimum: warning.minimum,
          })}
        </p>
      ))}
    </section>
  );
}

/** The option's code and name, read-only, leading each screening grid. */
function codeAndName<Row extends { code: string; name: string }>(
  t: TFunction,
  nameWidth: number,
): GridColumn<Row>[] {
  return [
    {
      kind: 'computed',
      key: 'code',
      header: t('options.columns.code'),
      width: 56,
      align: 'start',
      compute: (row) => row.code,
    },
    {
      kind: 'computed',
      key: 'name',
      header: t('options.columns.name'),
      width: nameWidth,
      align: 'start',
      compute: (row) => row.name,
    },
  ];
}
