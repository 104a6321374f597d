import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import {
  COST_CLASS_LABELS,
  COST_CLASSES,
  type CostClass,
} from '@shared/calc/cost-class';
import {
  isStepBack,
  nextStatuses,
  OPTION_STATUS_LABELS,
} from '@shared/calc/option-status';
import {
  SCREENING_RESULTS,
  SCREENING_TICKS,
  suggestScreeningResult,
  type ScreeningResult,
  type ScreeningTick,
} from '@shared/calc/screening';
import type { AuditRowPatch } from '@shared/model/audit-rows';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import {
  BENEFIT_PARTS,
  benefitTotalWanYuanPerYear,
  optionCostClass,
  optionCostGroup,
  OPTION_SOURCES,
  OPTION_STAGES,
  type Option,
} from '@shared/model/option';
import {
  ASPECTS,
  aspectByCode,
  type AspectCode,
} from '@shared/reference/aspects';
import { COEFFICIENT_SETS } from '@shared/reference/coefficients';
import { technologyById } from '@shared/reference/technologies';
import { navigate, routeHref } from '../../app/route';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import {
  listRows,
  removeRow,
  restoreRow,
  updateRow,
} from '../../db/repositories/audit-rows';
import { getAudit } from '../../db/repositories/audits';
import { changeStatus } from '../../db/repositories/options';
import { pickLabel } from '../../i18n/bilingual';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { formatFigure } from '../stages/stage2/analysis/number-format';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { EffectsGrid } from './detail/EffectsGrid';
import { ImplementationCard } from './detail/ImplementationCard';
import {
  NumberField,
  LinkChecklist,
  ReasonedOverride,
  SelectField,
  TextField,
} from './detail/fields';
import { effectsTce } from './option-figures';
import './options.css';

export type OptionPageProps = { auditId: string; optionId: string };

const BENEFIT_KEYS = ['total', ...BENEFIT_PARTS] as const;

const TICK_KEYS = [
  'technical',
  'environmental',
  'economic',
  'ease',
  'productImpact',
] as const;

/** One option on a page of its own: everything the register's row holds. */
export function OptionPage({ auditId, optionId }: OptionPageProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const toast = useToast();
  const data = useLiveQuery(async () => {
    const ctx = defaultContext();
    const [found, options, causes, targets] = await Promise.all([
      getAudit(ctx, auditId),
      listRows(ctx, 'options', auditId),
      listRows(ctx, 'wasteCauses', auditId),
      listRows(ctx, 'targets', auditId),
    ]);
    return {
      audit: found?.audit,
      option: options.find((o) => o.id === optionId) ?? null,
      causes,
      targets,
    };
  }, [auditId, optionId]);

  if (data === undefined)
    return <p className="muted page-pad">{t('common.loading')}</p>;
  const { audit, option } = data;
  if (!audit || !option) {
    return (
      <section className="page">
        <p>{t('options.detail.notFound')}</p>
        <a href={routeHref({ name: 'stage', auditId, stage: 4 })}>
          {t('options.detail.back')}
        </a>
      </section>
    );
  }

  const rules = audit.costClassRules;
  const save = async (
    patch:
      | AuditRowPatch<'options'>
      | ((current: Option) => AuditRowPatch<'options'>),
  ) => {
    try {
      await updateRow(defaultContext(), 'options', option.id, patch);
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const statusLabel = (s: Option['status']) =>
    pickLabel(OPTION_STATUS_LABELS[s], language);
  const group = optionCostGroup(option, rules);
  const derived = optionCostClass(
    { ...option, costClassOverride: null },
    rules,
  );
  const benefit = benefitTotalWanYuanPerYear(
    option.economicBenefitWanYuanPerYear,
  );
  const tce = effectsTce(option.environmentalEffects, audit.energyAccounting);
  const suggested = suggestScreeningResult(option.screening.ticks);
  const technology = option.technologyId
    ? technologyById(option.technologyId)
    : undefined;

  const move = async (to: Option['status']) => {
    try {
      await changeStatus(defaultContext(), option.id, to);
      toast({
        message: t('options.detail.statusChanged', { status: statusLabel(to) }),
      });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const remove = async () => {
    try {
      await removeRow(defaultContext(), 'options', option.id);
      navigate({ name: 'stage', auditId, stage: 4 });
      toast({
        message: t('options.detail.removed', { code: option.code }),
        action: {
          label: t('common.undo'),
          run: () =>
            void restoreRow(defaultContext(), 'options', option.id).then(() =>
              navigate({ name: 'option', auditId, optionId: option.id }),
            ),
        },
      });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };

  return (
    <section className="page page-wide" aria-labelledby="option-heading">
      <nav className="breadcrumb">
        <a href={routeHref({ name: 'audit', auditId })}>{audit.title}</a>
        {' / '}
        <a href={`${routeHref({ name: 'stage', auditId, stage: 4 })}`}>
          {t('options.detail.back')}
        </a>
      </nav>
      <header className="page-header">
        <div>
          <h1 id="option-heading">
            {option.code} {option.name}
          </h1>
          <p className="subtitle">
            {pickLabel(aspectByCode(option.primaryAspect).optionType, language)}
            {' · '}
            {derived === null && option.costClassOverride === null
              ? t('options.detail.noInvestment')
              : pickLabel(
                  COST_CLASS_LABELS[optionCostClass(option, rules) ?? 'none'],
                  language,
                )}
            {' · '}
            {statusLabel(option.status)}
          </p>
        </div>
        <button
          type="button"
          className="danger-text link-button"
          onClick={() => void remove()}
        >
          {t('options.detail.remove')}
        </button>
      </header>

      <article className="card" aria-labelledby="status-heading">
        <h2 id="status-heading">{t('options.detail.status')}</h2>
        <div className="status-actions">
          <span>
            {t('options.detail.currentStatus', {
              status: statusLabel(option.status),
            })}
          </span>
          {nextStatuses(option.status, group).length === 0 ? (
            <span className="muted">{t('options.detail.noNext')}</span>
          ) : (
            nextStatuses(option.status, group).map((to) => {
              const back = isStepBack(option.status, to, group);
              return (
                <button
                  key={to}
                  type="button"
                  className={back ? 'link-button' : 'primary'}
                  onClick={() => void move(to)}
                >
                  {back
                    ? t('options.detail.stepBack', { status: statusLabel(to) })
                    : `${t('options.detail.moveTo')} ${statusLabel(to)}`}
                </button>
              );
            })
          )}
          {group === 'midHigh' ? (
            <a
              className="button"
              href={routeHref({
                name: 'feasibility',
                auditId,
                optionId: option.id,
              })}
            >
              {t('options.detail.openFeasibility')}
            </a>
          ) : (
            <span className="muted">
              {t('options.detail.feasibilityOnlyMidHigh')}
            </span>
          )}
        </div>
      </article>

      <div className="cards">
        <article className="card" aria-labelledby="basics-heading">
          <h2 id="basics-heading">{t('options.detail.basics')}</h2>
          <TextField
            label={t('options.detail.name')}
            name="name"
            value={option.name}
            maxLength={SHORT_TEXT}
            onCommit={(name) => {
              if (name !== '') void save({ name });
            }}
          />
          <TextField
            label={t('options.detail.description')}
            name="description"
            multiline
            value={option.description}
            maxLength={LONG_TEXT}
            onCommit={(description) => void save({ description })}
            {...(technology
              ? {
                  hint: (
                    <span className="hint">
                      {t('options.detail.technology', {
                        name: pickLabel(technology.name, language),
                      })}
                    </span>
                  ),
                }
              : {})}
          />
          <SelectField<AspectCode>
            label={t('options.detail.primaryAspect')}
            name="primaryAspect"
            value={option.primaryAspect}
            options={ASPECTS.map((a) => ({
              value: a.code,
              label: pickLabel(a.optionType, language),
            }))}
            onCommit={(primaryAspect) =>
              void save({
                primaryAspect,
                secondaryAspects: option.secondaryAspects.filter(
                  (a) => a !== primaryAspect,
                ),
              })
            }
          />
          <fieldset className="field">
            <legend>{t('options.detail.secondaryAspects')}</legend>
            <div className="tick-group">
              {ASPECTS.filter((a) => a.code !== option.primaryAspect).map(
                (a) => (
                  <label key={a.code} className="checkbox">
                    <input
                      type="checkbox"
                      checked={option.secondaryAspects.includes(a.code)}
                      onChange={(event) =>
                        void save({
                          secondaryAspects: ASPECTS.map((x) => x.code).filter(
                            (code) =>
                              code === a.code
                                ? event.target.checked
                                : option.secondaryAspects.includes(code),
                          ),
                        })
                      }
                    />
                    {pickLabel(a.cause, language)}
                  </label>
                ),
              )}
            </div>
          </fieldset>
          <div className="grid-3">
            <SelectField
              label={t('options.detail.source')}
              name="source"
              value={option.source}
              options={OPTION_SOURCES.map((s) => ({
                value: s,
                label: t(`options.sources.${s}`),
              }))}
              onCommit={(source) => void save({ source })}
            />
            <TextField
              label={t('options.detail.proposer')}
              name="proposer"
              value={option.proposer}
              maxLength={SHORT_TEXT}
              onCommit={(proposer) => void save({ proposer })}
            />
            <SelectField
              label={t('options.detail.stage')}
              name="proposedInStage"
              value={String(option.proposedInStage)}
              options={OPTION_STAGES.map((s) => ({
                value: String(s),
                label: t(`options.stageNames.${s}`),
              }))}
              onCommit={(value) => {
                const stage = OPTION_STAGES.find((s) => String(s) === value);
                if (stage) void save({ proposedInStage: stage });
              }}
            />
          </div>
          <LinkChecklist
            legend={t('options.detail.causes')}
            empty={t('options.detail.noCauses')}
            items={data.causes.map((cause) => ({
              id: cause.id,
              label: `${cause.wasteOrLocation} ${cause.description}`,
            }))}
            checked={option.linkedCauseIds}
            onChange={(linkedCauseIds) => void save({ linkedCauseIds })}
          />
          <LinkChecklist
            legend={t('options.detail.targets')}
            empty={t('options.detail.noTargets')}
            items={data.targets.map((target) => ({
              id: target.id,
              label: target.indicator,
            }))}
            checked={option.linkedTargetIds}
            onChange={(linkedTargetIds) => void save({ linkedTargetIds })}
          />
        </article>

        <article className="card" aria-labelledby="cost-heading">
          <h2 id="cost-heading">{t('options.detail.cost')}</h2>
          <NumberField
            label={t('options.detail.investment')}
            name="investment"
            value={option.investmentWanYuan}
            min={0}
            onCommit={(investmentWanYuan) => void save({ investmentWanYuan })}
            hint={
              <span className="hint">
                {derived === null
                  ? t('options.detail.noInvestment')
                  : t('options.detail.derivedClass', {
                      class: pickLabel(COST_CLASS_LABELS[derived], language),
                    })}
              </span>
            }
          />
          <ReasonedOverride<CostClass>
            current={
              option.costClassOverride && {
                value: option.costClassOverride.costClass,
                reason: option.costClassOverride.reason,
              }
            }
            fallback="mid"
            toggleLabel={t('options.detail.override')}
            valueLabel={t('options.detail.overrideClass')}
            reasonLabel={t('options.detail.overrideReason')}
            reasonRequired={t('options.detail.overrideReasonRequired')}
            name="overrideClass"
            choices={COST_CLASSES.map((c) => ({
              value: c,
              label: pickLabel(COST_CLASS_LABELS[c], language),
            }))}
            onSave={(picked) =>
              void save({
                costClassOverride: picked && {
                  costClass: picked.value,
                  reason: picked.reason,
                },
              })
            }
          />
          <h3>{t('options.detail.benefit')}</h3>
          <p className="hint">{t('options.detail.benefitHint')}</p>
          <div className="grid-2">
            {BENEFIT_KEYS.map((key) => (
              <NumberField
                key={key}
                label={t(`options.detail.benefitParts.${key}`)}
                name={`benefit-${key}`}
                value={option.economicBenefitWanYuanPerYear[key]}
                onCommit={(value) =>
                  void save((current) => ({
                    economicBenefitWanYuanPerYear: {
                      ...current.economicBenefitWanYuanPerYear,
                      [key]: value,
                    },
                  }))
                }
              />
            ))}
          </div>
          <p>
            {benefit === null
              ? t('options.detail.benefitNone')
              : t('options.detail.benefitTotal', {
                  value: formatFigure(benefit, language),
                })}
          </p>
        </article>
      </div>

      <article className="card" aria-labelledby="effects-heading">
        <h2 id="effects-heading">{t('options.detail.effects')}</h2>
        <p className="hint">{t('options.detail.effectsHint')}</p>
        <EffectsGrid
          label={t('options.detail.effects')}
          effects={option.environmentalEffects}
          onChange={(environmentalEffects) =>
            void save({ environmentalEffects })
          }
        />
        <p role="status">
          {tce === null
            ? t('options.detail.energyUnknown')
            : t('options.detail.energySaved', {
                value: formatFigure(tce, language, { maxDecimals: 3 }),
                set: pickLabel(
                  COEFFICIENT_SETS[audit.energyAccounting.coefficientSetId]
                    .name,
                  language,
                ),
                basis: t(
                  `options.rules.bases.${audit.energyAccounting.electricityBasis}`,
                ),
              })}
        </p>
      </article>

      <article className="card" aria-labelledby="screening-heading">
        <h2 id="screening-heading">{t('options.detail.screening')}</h2>
        <div className="grid-3">
          {TICK_KEYS.map((key) => (
            <SelectField<ScreeningTick>
              key={key}
              label={t(`options.detail.ticks.${key}`)}
              name={`tick-${key}`}
              value={option.screening.ticks[key]}
              options={SCREENING_TICKS.map((tick) => ({
                value: tick,
                label: t(`options.detail.tick.${tick}`),
              }))}
              onCommit={(tick) =>
                void save((current) => ({
                  screening: {
                    ...current.screening,
                    ticks: { ...current.screening.ticks, [key]: tick },
                  },
                }))
              }
            />
          ))}
        </div>
        <p>
          {t('options.detail.suggested', {
            result: t(`options.detail.results.${suggested}`),
          })}
        </p>
        <ReasonedOverride<ScreeningResult>
          current={
            option.screening.override && {
              value: option.screening.override.result,
              reason: option.screening.override.reason,
            }
          }
          fallback="feasible"
          toggleLabel={t('options.detail.screeningOverride')}
          valueLabel={t('options.screening.result')}
          reasonLabel={t('options.detail.screeningOverrideReason')}
          name="screeningOverride"
          choices={SCREENING_RESULTS.map((r) => ({
            value: r,
            label: t(`options.detail.results.${r}`),
          }))}
          onSave={(picked) =>
            void save((current) => ({
              screening: {
                ...current.screening,
                override: picked && {
                  result: picked.value,
                  reason: picked.reason,
                },
              },
            }))
          }
        />
      </article>

      <ImplementationCard option={option} save={save} />

      <article className="card" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">{t('options.detail.evidence')}</h2>
        <p className="hint">{t('options.detail.evidenceHint')}</p>
        <EvidencePanel
          auditId={auditId}
          ownerType="options"
          ownerId={option.id}
        />
      </article>
    </section>
  );
}
