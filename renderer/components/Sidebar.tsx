import { useTranslation } from 'react-i18next';
import { languages, type Language } from '@shared/settings/schema';
import { routeHref, type Route } from '../app/route';
import { useSettings } from '../app/settings-context';

export type SidebarProps = { route: Route };

const items = [
  {
    route: { name: 'audits' },
    key: 'nav.audits',
    matches: ['audits', 'audit'],
  },
  {
    route: { name: 'statistics' },
    key: 'nav.statistics',
    matches: ['statistics'],
  },
  { route: { name: 'settings' }, key: 'nav.settings', matches: ['settings'] },
] as const;

export function Sidebar({ route }: SidebarProps) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          CP
        </span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <ul>
        {items.map((item) => {
          const active = (item.matches as readonly string[]).includes(
            route.name,
          );
          return (
            <li key={item.key}>
              <a
                href={routeHref(item.route)}
                className={active ? 'active' : undefined}
                aria-current={active ? 'page' : undefined}
              >
                {t(item.key)}
              </a>
            </li>
          );
        })}
      </ul>
      <div className="sidebar-footer">
        <select
          aria-label={t('settings.sections.language')}
          value={settings.language}
          onChange={(event) =>
            void update({ language: event.target.value as Language })
          }
        >
          {languages.map((lang) => (
            <option key={lang} value={lang}>
              {t(`settings.language.${lang}`)}
            </option>
          ))}
        </select>
      </div>
    </nav>
  );
}
