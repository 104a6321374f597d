import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditTableSection } from '@renderer/features/stages/AuditTableSection';
import { baselineView } from './baseline-view';
import {
  PRODUCT_YEAR_FIELDS,
  productColumns,
  productFooter,
  type ProductRow,
} from './product-columns';
import { useHistoryYears } from './use-baseline-data';

export type ProductsSectionProps = { auditId: string };

/** 企业历年产品/产量表: what the company made in each history year. */
export function ProductsSection({ auditId }: ProductsSectionProps) {
  const { t } = useTranslation();
  const years = useHistoryYears(auditId);
  const columns = useMemo(
    () => (years ? productColumns(t, years) : []),
    [t, years],
  );
  const view = useMemo(
    () =>
      baselineView<'products'>({
        years: years ?? [],
        yearFields: PRODUCT_YEAR_FIELDS,
      }),
    [years],
  );
  const footer = useCallback(
    (rows: readonly ProductRow[]) => productFooter(t, years ?? [], rows),
    [t, years],
  );
  if (!years) return null;
  return (
    <AuditTableSection
      sectionKey="products"
      title={t('baselineTables.products.title')}
      description={t('baselineTables.products.description', {
        first: years[0],
        last: years[2],
      })}
      table="products"
      auditId={auditId}
      columns={columns}
      view={view}
      footer={footer}
    />
  );
}
