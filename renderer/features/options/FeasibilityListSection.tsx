import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { evaluateEconomics } from '@shared/calc/economics';
import { screeningGroupOf } from '@shared/calc/screening';
import { economicInputsOf } from '@shared/model/feasibility';
import { optionCostGroup, screeningOf } from '@shared/model/option';
import { routeHref } from '../../app/route';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';
import { getAudit } from '../../db/repositories/audits';
import { formatFigure } from '../stages/stage2/analysis/number-format';
import './options.css';

/**
 * Stage 5's list: the mid/high-cost options that passed screening (or are
 * already in their study), each with its study's state and key figures.
 */
export function FeasibilityListSection({ auditId }: { auditId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const data = useLiveQuery(async () => {
    const ctx = defaultContext();
    const [found, options, studies] = await Promise.all([
      getAudit(ctx, auditId),
      listRows(ctx, 'options', auditId),
      listRows(ctx, 'feasibilityStudies', auditId),
    ]);
    return { rules: found?.audit.costClassRules, options, studies };
  }, [auditId]);
  if (!data?.rules) return null;
  const { rules } = data;
  const candidates = data.options.filter((option) => {
    const costGroup = optionCostGroup(option, rules);
    const studied = data.studies.some((s) => s.optionId === option.id);
    return (
      costGroup === 'midHigh' &&
      (studied ||
        screeningGroupOf({ costGroup, result: screeningOf(option).result }) ===
          'feasibility-study')
    );
  });
  const percent = (value: number | null) =>
    value === null
      ? '—'
      : `${formatFigure(value * 100, language, { decimals: 2 })}%`;

  return (
    <section
      className="card stage-section"
      id="section-feasibility"
      aria-labelledby="heading-feasibility"
    >
      <h2 id="heading-feasibility">{t('options.feasibility.listTitle')}</h2>
      <p className="hint">{t('options.feasibility.listDescription')}</p>
      {candidates.length === 0 ? (
        <p className="muted">{t('options.feasibility.listEmpty')}</p>
      ) : (
        <table className="figure-table">
          <thead>
            <tr>
              <th scope="col">{t('options.columns.code')}</th>
              <th scope="col">{t('options.columns.name')}</th>
              <th scope="col">{t('options.feasibility.rows.npv')}</th>
              <th scope="col">{t('options.feasibility.rows.irr')}</th>
              <th scope="col">{t('options.feasibility.rows.paybackYears')}</th>
              <th scope="col">{t('options.feasibility.conclusion')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {candidates.map((option) => {
              const study = data.studies.find((s) => s.optionId === option.id);
              const inputs = study
                ? economicInputsOf(study.economicInputs)
                : null;
              const result = inputs ? evaluateEconomics(inputs) : null;
              const e = result?.ok ? result.value : null;
              return (
                <tr key={option.id}>
                  <td>{option.code}</td>
                  <td>{option.name}</td>
                  <td className="num">
                    {e
                      ? formatFigure(e.npvWanYuan, language, { decimals: 2 })
                      : '—'}
                  </td>
                  <td className="num">{percent(e?.irr ?? null)}</td>
                  <td className="num">
                    {e === null || e.paybackYears === null
                      ? '—'
                      : formatFigure(e.paybackYears, language, { decimals: 2 })}
                  </td>
                  <td>
                    {study === undefined
                      ? t('options.feasibility.notStarted')
                      : study.conclusion === null
                        ? t('options.feasibility.conclusionNone')
                        : t(
                            `options.feasibility.conclusions.${study.conclusion}`,
                          )}
                  </td>
                  <td>
                    <a
                      href={routeHref({
                        name: 'feasibility',
                        auditId,
                        optionId: option.id,
                      })}
                    >
                      {t('options.feasibility.open')}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
