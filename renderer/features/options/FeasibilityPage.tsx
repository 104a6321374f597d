import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { COST_CLASS_LABELS } from '@shared/calc/cost-class';
import {
  concludeEconomics,
  evaluateEconomics,
  type EconomicEvaluation,
} from '@shared/calc/economics';
import { economicInputProblems } from '@shared/calc/economics-problems';
import { SCREENING_TICKS, type ScreeningTick } from '@shared/calc/screening';
import { LONG_TEXT } from '@shared/model/audit-row';
import type { AuditRowPatch } from '@shared/model/audit-rows';
import {
  economicInputsOf,
  ENVIRONMENTAL_CHECKS,
  FEASIBILITY_CONCLUSIONS,
  TECHNICAL_CHECKS,
  type FeasibilityConclusion,
  type FeasibilityStudy,
  type StoredEconomicInputs,
} from '@shared/model/feasibility';
import {
  benefitTotalWanYuanPerYear,
  optionCostClass,
  type Option,
} from '@shared/model/option';
import { routeHref } from '../../app/route';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { listRows, updateRow } from '../../db/repositories/audit-rows';
import { getAudit } from '../../db/repositories/audits';
import {
  addFeasibilityStudy,
  concludeFeasibilityStudy,
} from '../../db/repositories/options';
import { pickLabel } from '../../i18n/bilingual';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { formatFigure } from '../stages/stage2/analysis/number-format';
import { NumberField, SelectField, TextField } from './detail/fields';
import { useStateFrom } from './detail/use-state-from';
import './options.css';

export type FeasibilityPageProps = { auditId: string; optionId: string };

type InputKey = keyof StoredEconomicInputs;
const INPUTS: readonly {
  key: InputKey;
  label: string;
  percent?: boolean;
  min?: number;
}[] = [
  { key: 'totalInvestmentWanYuan', label: 'totalInvestment', min: 0 },
  { key: 'subsidyWanYuan', label: 'subsidy', min: 0 },
  { key: 'revenueIncreaseWanYuanPerYear', label: 'revenueIncrease' },
  { key: 'operatingCostSavingWanYuanPerYear', label: 'operatingCostSaving' },
  { key: 'depreciationYears', label: 'depreciationYears', min: 0 },
  { key: 'discountRate', label: 'discountRate', percent: true, min: 0 },
  { key: 'taxRate', label: 'taxRate', percent: true, min: 0 },
  { key: 'serviceYears', label: 'serviceYears', min: 1 },
];

/**
 * The feasibility study of one mid/high-cost option (stage 5): technical
 * and environmental checklists with notes, the economic evaluation with
 * every intermediate figure a reviewer recomputes, and the conclusion.
 */
export function FeasibilityPage({ auditId, optionId }: FeasibilityPageProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const data = useLiveQuery(async () => {
    const ctx = defaultContext();
    const [found, options, studies] = await Promise.all([
      getAudit(ctx, auditId),
      listRows(ctx, 'options', auditId),
      listRows(ctx, 'feasibilityStudies', auditId),
    ]);
    return {
      audit: found?.audit,
      option: options.find((o) => o.id === optionId) ?? null,
      study: studies.find((s) => s.optionId === optionId) ?? null,
    };
  }, [auditId, optionId]);

  if (data === undefined)
    return <p className="muted page-pad">{t('common.loading')}</p>;
  const { audit, option, study } = data;
  if (!audit || !option)
    return (
      <section className="page">
        <p>{t('options.detail.notFound')}</p>
      </section>
    );

  const start = async () => {
    try {
      await addFeasibilityStudy(defaultContext(), option.id, {
        economicInputs: {
          totalInvestmentWanYuan: option.investmentWanYuan,
          revenueIncreaseWanYuanPerYear:
            option.economicBenefitWanYuanPerYear.revenueIncrease ?? 0,
          operatingCostSavingWanYuanPerYear: savingOf(option),
        },
      });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };

  return (
    <section className="page page-wide" aria-labelledby="feasibility-heading">
      <nav className="breadcrumb">
        <a href={routeHref({ name: 'audit', auditId })}>{audit.title}</a>
        {' / '}
        <a href={routeHref({ name: 'stage', auditId, stage: 5 })}>
          {t('options.feasibility.back')}
        </a>
        {' / '}
        <a href={routeHref({ name: 'option', auditId, optionId })}>
          {option.code}
        </a>
      </nav>
      <header className="page-header">
        <h1 id="feasibility-heading">
          {t('options.feasibility.title', {
            code: option.code,
            name: option.name,
          })}
        </h1>
      </header>
      {study === null ? (
        <article className="card">
          <p>{t('options.feasibility.notStarted')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => void start()}
          >
            {t('options.detail.startFeasibility')}
          </button>
        </article>
      ) : (
        <StudyEditor
          option={option}
          study={study}
          costClass={optionCostClass(option, audit.costClassRules)}
        />
      )}
    </section>
  );
}

/** P as the option's register row implies it: the benefit less new revenue. */
function savingOf(option: Option): number | null {
  const benefit = option.economicBenefitWanYuanPerYear;
  const total = benefitTotalWanYuanPerYear(benefit);
  if (total === null) return null;
  return total - (benefit.revenueIncrease ?? 0);
}

function StudyEditor(props: {
  option: Option;
  study: FeasibilityStudy;
  costClass: ReturnType<typeof optionCostClass>;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const toast = useToast();
  const { study } = props;
  const save = async (
    patch:
      | AuditRowPatch<'feasibilityStudies'>
      | ((current: FeasibilityStudy) => AuditRowPatch<'feasibilityStudies'>),
  ) => {
    try {
      await updateRow(defaultContext(), 'feasibilityStudies', study.id, patch);
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const conclude = async (
    conclusion: FeasibilityConclusion | null,
    reason: string,
  ) => {
    try {
      await concludeFeasibilityStudy(
        defaultContext(),
        study.id,
        conclusion,
        reason,
      );
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const inputs = study.economicInputs;
  const ready = economicInputsOf(inputs);
  const problems = ready ? economicInputProblems(ready) : [];
  const result =
    ready && problems.length === 0 ? evaluateEconomics(ready) : null;
  const evaluation = result?.ok ? result.value : null;
  const feasibleClass =
    props.costClass === 'mid' || props.costClass === 'high'
      ? props.costClass
      : null;
  const verdict =
    evaluation && feasibleClass
      ? concludeEconomics(evaluation, feasibleClass)
      : null;
  const checks = (
    kind: 'technicalChecks' | 'environmentalChecks',
    keys: readonly string[],
  ) => (
    <div className="grid-2">
      {keys.map((key) => (
        <SelectField<ScreeningTick>
          key={key}
          label={t(`options.feasibility.${kind}.${key}` as never)}
          name={`${kind}-${key}`}
          value={
            (study[kind] as Record<string, ScreeningTick>)[key] ?? 'unknown'
          }
          options={SCREENING_TICKS.map((tick) => ({
            value: tick,
            label: t(`options.detail.tick.${tick}`),
          }))}
          onCommit={(tick) =>
            void save({ [kind]: { ...study[kind], [key]: tick } })
          }
        />
      ))}
    </div>
  );

  return (
    <>
      <div className="cards">
        <article className="card" aria-labelledby="technical-heading">
          <h2 id="technical-heading">{t('options.feasibility.technical')}</h2>
          {checks('technicalChecks', TECHNICAL_CHECKS)}
          <TextField
            label={t('options.feasibility.text')}
            name="technicalText"
            multiline
            value={study.technicalText}
            maxLength={LONG_TEXT}
            onCommit={(technicalText) => void save({ technicalText })}
          />
        </article>
        <article className="card" aria-labelledby="environmental-heading">
          <h2 id="environmental-heading">
            {t('options.feasibility.environmental')}
          </h2>
          {checks('environmentalChecks', ENVIRONMENTAL_CHECKS)}
          <TextField
            label={t('options.feasibility.text')}
            name="environmentalText"
            multiline
            value={study.environmentalText}
            maxLength={LONG_TEXT}
            onCommit={(environmentalText) => void save({ environmentalText })}
          />
          <TextField
            label={t('options.feasibility.market')}
            name="marketNotes"
            multiline
            value={study.marketNotes}
            maxLength={LONG_TEXT}
            onCommit={(marketNotes) => void save({ marketNotes })}
          />
        </article>
      </div>
      <article className="card" aria-labelledby="economic-heading">
        <h2 id="economic-heading">{t('options.feasibility.economic')}</h2>
        <div className="grid-3">
          {INPUTS.map((input) => (
            <NumberField
              key={input.key}
              label={t(`options.feasibility.inputs.${input.label}` as never)}
              name={input.key}
              value={inputs[input.key]}
              {...(input.percent ? { percent: true } : {})}
              {...(input.min !== undefined ? { min: input.min } : {})}
              onCommit={(value) =>
                void save((current) => ({
                  economicInputs: {
                    ...current.economicInputs,
                    [input.key]: value,
                  },
                }))
              }
            />
          ))}
        </div>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            void save((current) => ({
              economicInputs: {
                ...current.economicInputs,
                totalInvestmentWanYuan: props.option.investmentWanYuan,
                operatingCostSavingWanYuanPerYear: savingOf(props.option),
                revenueIncreaseWanYuanPerYear:
                  props.option.economicBenefitWanYuanPerYear.revenueIncrease ??
                  0,
              },
            }))
          }
        >
          {t('options.feasibility.fillFromOption')}
        </button>
        {problems.map((problem) => (
          <p key={problem.code} className="field-error" role="alert">
            {t(`options.feasibility.problems.${problem.code}`, {
              field: problem.field,
            })}
          </p>
        ))}
        <h3>{t('options.feasibility.results')}</h3>
        {evaluation === null ? (
          <p className="muted">{t('options.feasibility.missingInputs')}</p>
        ) : (
          <EconomicTables
            evaluation={evaluation}
            expected={
              verdict && feasibleClass
                ? {
                    years: verdict.expectedPaybackYears,
                    label: pickLabel(
                      COST_CLASS_LABELS[feasibleClass],
                      language,
                    ),
                  }
                : null
            }
          />
        )}
        {verdict && (
          <p
            role="status"
            className={verdict.feasible ? 'verdict-ok' : 'warning-text'}
          >
            {verdict.feasible
              ? t('options.feasibility.economicVerdict.feasible')
              : `${t('options.feasibility.economicVerdict.notFeasible')}：${verdict.reasons
                  .map((reason) => t(`options.feasibility.reasons.${reason}`))
                  .join('；')}`}
          </p>
        )}
      </article>
      <Conclusion
        study={study}
        onSave={(patch) => void save(patch)}
        onConclude={(conclusion, reason) => void conclude(conclusion, reason)}
      />
    </>
  );
}

function EconomicTables(props: {
  evaluation: EconomicEvaluation;
  expected: { years: number; label: string } | null;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const e = props.evaluation;
  const money = (value: number) =>
    formatFigure(value, language, { decimals: 2 });
  const percent = (value: number | null) =>
    value === null
      ? '—'
      : `${formatFigure(value * 100, language, { decimals: 2 })}%`;
  const rows: [string, string][] = [
    [
      t('options.feasibility.rows.investmentNet'),
      money(e.investmentNetWanYuan),
    ],
    [
      t('options.feasibility.rows.annualSaving'),
      money(e.annualSavingWanYuanPerYear),
    ],
    [
      t('options.feasibility.rows.depreciation'),
      money(e.depreciationWanYuanPerYear),
    ],
    [
      t('options.feasibility.rows.taxableProfit'),
      money(e.taxableProfitWanYuanPerYear),
    ],
    [t('options.feasibility.rows.netProfit'), money(e.netProfitWanYuanPerYear)],
    [
      t('options.feasibility.rows.annualCashFlow'),
      money(e.annualCashFlowWanYuanPerYear),
    ],
    [
      t('options.feasibility.rows.paybackYears'),
      e.paybackYears === null
        ? '—'
        : formatFigure(e.paybackYears, language, { decimals: 2 }),
    ],
    ...(props.expected
      ? [
          [
            t('options.feasibility.rows.expectedPayback', {
              class: props.expected.label,
            }),
            formatFigure(props.expected.years, language),
          ] as [string, string],
        ]
      : []),
    [
      t('options.feasibility.rows.annuityFactor'),
      formatFigure(e.annuityFactor, language, { decimals: 4 }),
    ],
    [t('options.feasibility.rows.npv'), money(e.npvWanYuan)],
    [t('options.feasibility.rows.npvr'), percent(e.npvr)],
    [t('options.feasibility.rows.irr'), percent(e.irr)],
    [
      t('options.feasibility.rows.irrInterpolated'),
      percent(e.irrInterpolation?.irr ?? null),
    ],
  ];
  return (
    <div className="cards">
      <table className="figure-table" data-testid="economic-results">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="num">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="figure-table">
        <caption>{t('options.feasibility.cashFlow')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options.feasibility.cashFlowColumns.year')}</th>
            <th scope="col">{t('options.feasibility.cashFlowColumns.flow')}</th>
            <th scope="col">
              {t('options.feasibility.cashFlowColumns.discounted')}
            </th>
            <th scope="col">
              {t('options.feasibility.cashFlowColumns.cumulative')}
            </th>
          </tr>
        </thead>
        <tbody>
          {e.cashFlows.map((row) => (
            <tr key={row.year}>
              <td className="num">{row.year}</td>
              <td className="num">{money(row.cashFlowWanYuan)}</td>
              <td className="num">{money(row.presentValueWanYuan)}</td>
              <td className="num">
                {money(row.cumulativePresentValueWanYuan)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Conclusion(props: {
  study: FeasibilityStudy;
  onSave: (patch: AuditRowPatch<'feasibilityStudies'>) => void;
  onConclude: (
    conclusion: FeasibilityConclusion | null,
    reason: string,
  ) => void;
}) {
  const { t } = useTranslation();
  const { study } = props;
  const [reason, setReason] = useStateFrom(study.conclusionReason);
  const [needsReason, setNeedsReason] = useStateFrom(false);
  const choose = (value: string) => {
    const conclusion = FEASIBILITY_CONCLUSIONS.find((c) => c === value) ?? null;
    if (conclusion !== null && reason.trim() === '') {
      setNeedsReason(true);
      return;
    }
    setNeedsReason(false);
    props.onConclude(conclusion, reason.trim());
  };
  return (
    <article className="card" aria-labelledby="conclusion-heading">
      <h2 id="conclusion-heading">{t('options.feasibility.conclusion')}</h2>
      <label className="field field-wide">
        <span>{t('options.feasibility.conclusionReason')}</span>
        <textarea
          name="conclusionReason"
          rows={3}
          maxLength={LONG_TEXT}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onBlur={() => {
            // A conclusion needs its reason: an emptied reason is kept
            // only while no conclusion is chosen.
            if (reason.trim() !== '' || study.conclusion === null) {
              props.onSave({ conclusionReason: reason.trim() });
            }
          }}
        />
      </label>
      <label className="field">
        <span>{t('options.feasibility.conclusion')}</span>
        <select
          name="conclusion"
          value={study.conclusion ?? ''}
          onChange={(event) => choose(event.target.value)}
        >
          <option value="">{t('options.feasibility.conclusionNone')}</option>
          {FEASIBILITY_CONCLUSIONS.map((c: FeasibilityConclusion) => (
            <option key={c} value={c}>
              {t(`options.feasibility.conclusions.${c}`)}
            </option>
          ))}
        </select>
      </label>
      {needsReason && (
        <p className="field-error" role="alert">
          {t('options.feasibility.reasonRequired')}
        </p>
      )}
    </article>
  );
}
