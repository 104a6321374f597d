import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COEFFICIENT_SETS,
  ELECTRICITY_BASES,
  STANDARD_COEFFICIENT_SET_IDS,
  type ElectricityBasis,
  type StandardCoefficientSetId,
} from '@shared/reference/coefficients';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { getAudit, updateAudit } from '../../db/repositories/audits';
import { renumberOptions } from '../../db/repositories/options';
import { pickLabel } from '../../i18n/bilingual';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { formatFigure } from '../stages/stage2/analysis/number-format';
import { NumberField, SelectField, TextField } from './detail/fields';

export type CostClassRulesCardProps = { auditId: string };

/**
 * How this audit counts: its energy accounting (coefficient set and
 * electricity basis) and its cost-class limits, folded away under a
 * one-line summary, and the renumbering of option codes after classes
 * have changed. Codes stay put otherwise, because reports and
 * minutes already quote them.
 */
export function CostClassRulesCard({ auditId }: CostClassRulesCardProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [problem, setProblem] = useState(false);
  const found = useLiveQuery(
    () => getAudit(defaultContext(), auditId),
    [auditId],
  );
  if (!found) return null;
  const rules = found.audit.costClassRules;
  const accounting = found.audit.energyAccounting;
  const saveAccounting = async (change: Partial<typeof accounting>) => {
    try {
      await updateAudit(defaultContext(), auditId, {
        energyAccounting: { ...accounting, ...change },
      });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const figure = (value: number) =>
    formatFigure(value, i18n.language, { maxDecimals: 2 });

  const save = async (change: Partial<typeof rules>) => {
    const next = { ...rules, ...change };
    if (!(
      next.lowUpperWanYuan > 0 && next.lowUpperWanYuan < next.midUpperWanYuan
    )) {
      setProblem(true);
      return;
    }
    setProblem(false);
    try {
      await updateAudit(defaultContext(), auditId, { costClassRules: next });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };
  const renumber = async () => {
    try {
      const options = await renumberOptions(defaultContext(), auditId);
      toast({
        message: t('options.rules.renumbered', { count: options.length }),
      });
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    }
  };

  return (
    <details className="card rules-card">
      <summary>
        {t('options.rules.summary', {
          low: figure(rules.lowUpperWanYuan),
          mid: figure(rules.midUpperWanYuan),
          set: pickLabel(
            COEFFICIENT_SETS[accounting.coefficientSetId].name,
            i18n.language,
          ),
          basis: t(`options.rules.bases.${accounting.electricityBasis}`),
        })}
      </summary>
      <div className="grid-3">
        <SelectField<StandardCoefficientSetId>
          label={t('options.rules.coefficientSet')}
          name="coefficientSet"
          value={accounting.coefficientSetId}
          options={STANDARD_COEFFICIENT_SET_IDS.map((id) => ({
            value: id,
            label: pickLabel(COEFFICIENT_SETS[id].name, i18n.language),
          }))}
          onCommit={(coefficientSetId) =>
            void saveAccounting({ coefficientSetId })
          }
        />
        <SelectField<ElectricityBasis>
          label={t('options.rules.electricityBasis')}
          name="electricityBasis"
          value={accounting.electricityBasis}
          options={ELECTRICITY_BASES.map((basis) => ({
            value: basis,
            label: t(`options.rules.bases.${basis}`),
          }))}
          onCommit={(electricityBasis) =>
            void saveAccounting({ electricityBasis })
          }
        />
      </div>
      <p className="hint">{t('options.rules.accountingHint')}</p>
      <div className="grid-3">
        <NumberField
          label={t('settings.costClass.lowUpper')}
          name="lowUpper"
          value={rules.lowUpperWanYuan}
          min={0}
          onCommit={(value) =>
            value !== null && void save({ lowUpperWanYuan: value })
          }
        />
        <NumberField
          label={t('settings.costClass.midUpper')}
          name="midUpper"
          value={rules.midUpperWanYuan}
          min={0}
          onCommit={(value) =>
            value !== null && void save({ midUpperWanYuan: value })
          }
        />
        <TextField
          label={t('options.rules.basis')}
          name="costClassBasis"
          value={rules.basis}
          maxLength={500}
          onCommit={(basis) => void save({ basis })}
        />
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {t('options.rules.invalid')}
        </p>
      )}
      <p className="hint">{t('options.rules.renumberHint')}</p>
      <button type="button" onClick={() => void renumber()}>
        {t('options.rules.renumber')}
      </button>
    </details>
  );
}
