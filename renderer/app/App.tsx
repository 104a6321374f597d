import { useEffect } from 'react';
import type { MenuCommand } from '@shared/ipc/contract';
import { BackupAgent } from '../features/backups/BackupAgent';
import { AuditListPage } from '../features/audits/AuditListPage';
import { AuditOverviewPage } from '../features/audits/AuditOverviewPage';
import { ReportPage } from '../features/report/ReportPage';
import { NewAuditWizard } from '../features/audits/wizard/NewAuditWizard';
import { FeasibilityPage } from '../features/options/FeasibilityPage';
import { OptionPage } from '../features/options/OptionPage';
import { useAuditActions } from '../features/audits/use-audit-actions';
import { SettingsPage } from '../features/settings/SettingsPage';
import { StagePage } from '../features/stages/StagePage';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { useSummaryCacheFiller } from '../features/statistics/use-portfolio';
import { Sidebar } from '../components/Sidebar';
import { platform } from '../platform';
import { navigate, useRoute } from './route';

/** The shell: sidebar, the current page, and the native menu's commands. */
export function App() {
  const route = useRoute();
  const actions = useAuditActions();
  useSummaryCacheFiller();

  useEffect(
    () =>
      platform().onMenuCommand((command: MenuCommand) => {
        switch (command) {
          case 'new-audit':
            navigate({ name: 'new-audit' });
            break;
          case 'open-demo':
            void actions.openDemo();
            break;
          case 'open-audits':
            navigate({ name: 'audits' });
            break;
          case 'open-statistics':
            navigate({ name: 'statistics' });
            break;
          case 'open-settings':
            navigate({ name: 'settings' });
            break;
          case 'about':
          case 'restore-backup': // handled by BackupAgent
            break;
        }
      }),
    [actions],
  );

  return (
    <div className="shell">
      <Sidebar route={route} />
      <main className="content">
        {route.name === 'audits' && <AuditListPage />}
        {route.name === 'new-audit' && (
          <NewAuditWizard onCreate={actions.create} />
        )}
        {route.name === 'audit' && (
          <AuditOverviewPage auditId={route.auditId} />
        )}
        {route.name === 'stage' && (
          <StagePage
            key={`${route.auditId}-${route.stage}`}
            auditId={route.auditId}
            stage={route.stage}
          />
        )}
        {route.name === 'option' && (
          <OptionPage
            key={route.optionId}
            auditId={route.auditId}
            optionId={route.optionId}
          />
        )}
        {route.name === 'feasibility' && (
          <FeasibilityPage
            key={route.optionId}
            auditId={route.auditId}
            optionId={route.optionId}
          />
        )}
        {route.name === 'report' && (
          <ReportPage key={route.auditId} auditId={route.auditId} />
        )}
        {route.name === 'statistics' && <StatisticsPage />}
        {route.name === 'settings' && <SettingsPage />}
      </main>
      <BackupAgent />
    </div>
  );
}
