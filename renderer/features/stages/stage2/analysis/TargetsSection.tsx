import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '@renderer/components/grid';
import type { LocaleResource } from '@shared/i18n';
import type { Target } from '@shared/model/targets';
import { AuditTableSection } from '../../AuditTableSection';
import { flatView } from '../../use-audit-table';
import { formatFigure } from './number-format';
import { targetHint, type TargetTerm } from './target-hints';

export type TargetsSectionProps = { auditId: string };

const view = flatView<'targets'>();

type TargetColumnName =
  keyof LocaleResource['analysisTables']['targets']['columns'];

/**
 * 清洁生产目标一览表 (step 9). A target without a baseline is also listed
 * by the stage checks above the steps; here its baseline cell is marked.
 */
export function TargetsSection({ auditId }: TargetsSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const columns = useMemo((): GridColumn<Target>[] => {
    const hint = (row: Target, term: TargetTerm): string | null => {
      const found = targetHint(row, term);
      if (!found) return null;
      switch (found.kind) {
        case 'relative':
          return t('analysisTables.targets.derivedRelative', {
            value: formatFigure(found.percent, locale, {
              decimals: 1,
              signed: true,
            }),
          });
        case 'absolute':
          return t('analysisTables.targets.derivedAbsolute', {
            value: formatFigure(found.value, locale, { maxDecimals: 4 }),
          });
        case 'points':
          return t('analysisTables.targets.derivedPoints', {
            value: formatFigure(found.points, locale, {
              maxDecimals: 1,
              signed: true,
            }),
          });
        case 'mismatch':
          return t('analysisTables.targets.mismatch', {
            value: formatFigure(found.percent, locale, {
              decimals: 1,
              signed: true,
            }),
          });
      }
    };
    const column = (name: TargetColumnName) =>
      t(`analysisTables.targets.columns.${name}`);
    return [
      {
        kind: 'text',
        key: 'indicator',
        header: column('indicator'),
        width: 160,
        maxLength: 200,
      },
      {
        kind: 'text',
        key: 'unit',
        header: column('unit'),
        width: 72,
        maxLength: 30,
      },
      {
        kind: 'number',
        key: 'baselineValue',
        header: column('baseline'),
        width: 84,
        validate: (value, row) =>
          value === null && row.indicator.trim() !== '' ? 'required' : null,
      },
      {
        kind: 'number',
        key: 'nearTermAbsolute',
        header: column('nearAbsolute'),
        width: 84,
      },
      {
        kind: 'number',
        key: 'nearTermRelativePercent',
        header: column('nearRelative'),
        unit: '%',
        width: 72,
      },
      {
        kind: 'computed',
        key: 'nearDerived',
        header: column('nearDerived'),
        compute: (row) => hint(row, 'near'),
        width: 108,
      },
      {
        kind: 'date',
        key: 'nearTermDate',
        header: column('nearDate'),
        width: 96,
      },
      {
        kind: 'number',
        key: 'longTermAbsolute',
        header: column('longAbsolute'),
        width: 84,
      },
      {
        kind: 'number',
        key: 'longTermRelativePercent',
        header: column('longRelative'),
        unit: '%',
        width: 72,
      },
      {
        kind: 'computed',
        key: 'longDerived',
        header: column('longDerived'),
        compute: (row) => hint(row, 'long'),
        width: 108,
      },
      {
        kind: 'date',
        key: 'longTermDate',
        header: column('longDate'),
        width: 96,
      },
    ];
  }, [t, locale]);
  return (
    <AuditTableSection
      sectionKey="targets"
      title={t('analysisTables.targets.title')}
      description={t('analysisTables.targets.description')}
      table="targets"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
