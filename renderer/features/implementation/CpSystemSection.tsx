import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import {
  CP_SYSTEM_KINDS,
  type CpSystemItem,
} from '@shared/model/implementation';
import type { GridColumn } from '@renderer/components/grid';
import { AuditTableSection } from '../stages/AuditTableSection';
import { flatView } from '../stages/use-audit-table';

export type CpSystemSectionProps = { auditId: string };

const view = flatView<'cpSystemItems'>();

/**
 * 清洁生产组织机构与管理制度 (steps 33–34): the standing organisation, the
 * rules written into the management system and the incentives.
 */
export function CpSystemSection({ auditId }: CpSystemSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo((): GridColumn<CpSystemItem>[] => {
    const column = (
      name: 'kind' | 'title' | 'content' | 'owner' | 'adoptedOn',
    ) => t(`options.stage7.systemColumns.${name}`);
    return [
      {
        kind: 'select',
        key: 'kind',
        header: column('kind'),
        width: 100,
        options: CP_SYSTEM_KINDS.map((kind) => ({
          value: kind,
          label: t(`options.stage7.kinds.${kind}`),
        })),
      },
      {
        kind: 'text',
        key: 'title',
        header: column('title'),
        width: 180,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'text',
        key: 'content',
        header: column('content'),
        width: 280,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'text',
        key: 'owner',
        header: column('owner'),
        width: 120,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'date',
        key: 'adoptedOn',
        header: column('adoptedOn'),
        width: 96,
      },
    ];
  }, [t]);
  return (
    <AuditTableSection
      sectionKey="cpOrganisation"
      title={t('options.stage7.systemTitle')}
      table="cpSystemItems"
      auditId={auditId}
      columns={columns}
      view={view}
    />
  );
}
