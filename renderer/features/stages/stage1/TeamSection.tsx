import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT, SHORT_TEXT } from '@shared/model/audit-row';
import { teamGroups, type TeamMember } from '@shared/model/team';
import type { GridColumn } from '@renderer/components/grid';
import { AuditTableSection } from '../AuditTableSection';
import { flatView } from '../use-audit-table';
import { TeamSummary } from './TeamSummary';

export type TeamSectionProps = { auditId: string };

const view = flatView<'teamMembers'>();

function hasDetails(row: TeamMember): boolean {
  return [row.teamRole, row.departmentAndPost, row.duties].some(
    (text) => text !== '',
  );
}

/**
 * WS 1-1 审核小组成员表. One grid with a group column rather than one grid
 * per group: the whole team is in view at once, moving a person between the
 * leadership and the working group is one cell instead of a row that
 * vanishes from one table and turns up in another, and Tab runs through
 * every member without leaving the grid. The printed worksheet can still
 * split the rows by group.
 */
export function TeamSection({ auditId }: TeamSectionProps) {
  const { t } = useTranslation();
  const columns = useMemo<GridColumn<TeamMember>[]>(
    () => [
      {
        kind: 'text',
        key: 'name',
        header: t('stage1Tables.team.columns.name'),
        width: 60,
        maxLength: 60,
        validate: (value, row) =>
          value === '' && hasDetails(row) ? 'required' : null,
      },
      {
        kind: 'select',
        key: 'group',
        header: t('stage1Tables.team.columns.group'),
        width: 96,
        options: teamGroups.map((group) => ({
          value: group,
          label: t(`stage1Tables.team.groups.${group}`),
        })),
      },
      {
        kind: 'text',
        key: 'teamRole',
        header: t('stage1Tables.team.columns.teamRole'),
        width: 80,
        maxLength: 40,
      },
      {
        kind: 'text',
        key: 'departmentAndPost',
        header: t('stage1Tables.team.columns.departmentAndPost'),
        width: 124,
        maxLength: SHORT_TEXT,
      },
      {
        kind: 'text',
        key: 'title',
        header: t('stage1Tables.team.columns.title'),
        width: 84,
        maxLength: 60,
      },
      {
        kind: 'text',
        key: 'discipline',
        header: t('stage1Tables.team.columns.discipline'),
        width: 92,
        maxLength: 60,
      },
      {
        kind: 'text',
        key: 'duties',
        header: t('stage1Tables.team.columns.duties'),
        width: 114,
        maxLength: LONG_TEXT,
      },
      {
        kind: 'text',
        key: 'plannedTime',
        header: t('stage1Tables.team.columns.plannedTime'),
        width: 84,
        maxLength: 60,
      },
      {
        kind: 'text',
        key: 'phone',
        header: t('stage1Tables.team.columns.phone'),
        width: 132,
        maxLength: 40,
      },
    ],
    [t],
  );
  return (
    <AuditTableSection
      sectionKey="team"
      title={t('stage1Tables.team.title')}
      description={t('stage1Tables.team.description')}
      table="teamMembers"
      auditId={auditId}
      columns={columns}
      view={view}
    >
      <TeamSummary auditId={auditId} />
    </AuditTableSection>
  );
}
