import { useTranslation } from 'react-i18next';
import type { AuditRowPatch } from '@shared/model/audit-rows';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import { benefitTotalWanYuanPerYear, type Option } from '@shared/model/option';
import { formatFigure } from '../../stages/stage2/analysis/number-format';
import { EffectsGrid } from './EffectsGrid';
import { DateField, NumberField, TextField } from './fields';

export type ImplementationCardProps = {
  option: Option;
  /** Writes a patch; nested ones are built from the stored row. */
  save: (
    patch:
      | AuditRowPatch<'options'>
      | ((current: Option) => AuditRowPatch<'options'>),
  ) => Promise<void>;
};

/**
 * What was done, when, for how much, and what was measured afterwards
 * (domain.md §4.6): the option's implementation record.
 */
export function ImplementationCard({ option, save }: ImplementationCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const impl = option.implementation;
  // Verified benefits imported or entered as parts have no total of their
  // own; the field then says what the parts add up to.
  const verifiedFromParts = benefitTotalWanYuanPerYear(
    impl.verifiedBenefitWanYuanPerYear,
  );
  const saveImplementation = (change: Partial<Option['implementation']>) =>
    void save((current) => ({
      implementation: { ...current.implementation, ...change },
    }));

  return (
    <article className="card" aria-labelledby="implementation-heading">
      <h2 id="implementation-heading">{t('options.detail.implementation')}</h2>
      <div className="grid-3">
        {(
          ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const
        ).map((key) => (
          <DateField
            key={key}
            label={t(`options.detail.${key}`)}
            name={key}
            value={impl[key]}
            onCommit={(value) => saveImplementation({ [key]: value })}
          />
        ))}
        <NumberField
          label={t('options.detail.actualInvestment')}
          name="actualInvestment"
          value={impl.actualInvestmentWanYuan}
          min={0}
          onCommit={(actualInvestmentWanYuan) =>
            saveImplementation({ actualInvestmentWanYuan })
          }
        />
        <NumberField
          label={t('options.detail.verifiedBenefit')}
          name="verifiedBenefit"
          value={impl.verifiedBenefitWanYuanPerYear.total}
          hint={
            impl.verifiedBenefitWanYuanPerYear.total === null &&
            verifiedFromParts !== null ? (
              <span className="hint">
                {t('options.detail.benefitFromParts', {
                  value: formatFigure(verifiedFromParts, language),
                })}
              </span>
            ) : undefined
          }
          onCommit={(total) =>
            void save((current) => ({
              implementation: {
                ...current.implementation,
                verifiedBenefitWanYuanPerYear: {
                  ...current.implementation.verifiedBenefitWanYuanPerYear,
                  total,
                },
              },
            }))
          }
        />
        <TextField
          label={t('options.detail.responsible')}
          name="responsible"
          value={impl.responsible}
          maxLength={SHORT_TEXT}
          onCommit={(responsible) => saveImplementation({ responsible })}
        />
      </div>
      <h3>{t('options.detail.verifiedEffects')}</h3>
      <EffectsGrid
        label={t('options.detail.verifiedEffects')}
        effects={impl.verifiedEffects}
        onChange={(verifiedEffects) => saveImplementation({ verifiedEffects })}
      />
      <TextField
        label={t('options.detail.notes')}
        name="implementationNotes"
        multiline
        wide
        value={impl.notes}
        maxLength={LONG_TEXT}
        onCommit={(notes) => saveImplementation({ notes })}
      />
    </article>
  );
}
