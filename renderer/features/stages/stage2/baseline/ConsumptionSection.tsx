import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTableSection } from '@renderer/features/stages/AuditTableSection';
import { baselineView } from './baseline-view';
import {
  CONSUMPTION_YEAR_FIELDS,
  consumptionColumns,
} from './consumption-columns';
import { EnergySummary } from './EnergySummary';
import {
  useAuditEnergyAccounting,
  useHistoryYears,
  useLiveRows,
} from './use-baseline-data';

export type ConsumptionSectionProps = { auditId: string };

/**
 * 主要原辅材料和能源消耗表 with the energy total under it. The products are
 * read here too: they are the choices of "per product" and the outputs the
 * use per unit is divided by.
 */
export function ConsumptionSection({ auditId }: ConsumptionSectionProps) {
  const { t, i18n } = useTranslation();
  const years = useHistoryYears(auditId);
  const energyChoice = useAuditEnergyAccounting(auditId);
  const products = useLiveRows('products', auditId);
  const items = useLiveRows('consumptionItems', auditId);
  const columns = useMemo(
    () =>
      years && products
        ? consumptionColumns({
            t,
            language: i18n.language,
            years,
            products,
          })
        : [],
    [t, i18n.language, years, products],
  );
  const view = useMemo(
    () =>
      baselineView<'consumptionItems'>({
        years: years ?? [],
        yearFields: CONSUMPTION_YEAR_FIELDS,
        flagFields: ['hazardous'],
        requiredFields: ['category'],
      }),
    [years],
  );
  if (!years || !products) return null;
  return (
    <AuditTableSection
      sectionKey="consumption"
      title={t('baselineTables.consumption.title')}
      description={t('baselineTables.consumption.description', {
        year: years[2],
      })}
      table="consumptionItems"
      auditId={auditId}
      columns={columns}
      view={view}
    >
      {items && energyChoice && (
        <EnergySummary
          items={items}
          products={products}
          years={years}
          choice={energyChoice}
        />
      )}
    </AuditTableSection>
  );
}
