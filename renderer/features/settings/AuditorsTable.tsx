import { useTranslation } from 'react-i18next';
import type { Auditor } from '@shared/settings/schema';

export type AuditorsTableProps = {
  auditors: Auditor[];
  onChange: (auditors: Auditor[]) => void;
};

const columns = ['name', 'title', 'certificateNumber'] as const;

export function AuditorsTable({ auditors, onChange }: AuditorsTableProps) {
  const { t } = useTranslation();
  const edit = (index: number, key: (typeof columns)[number], value: string) =>
    onChange(
      auditors.map((a, i) => (i === index ? { ...a, [key]: value } : a)),
    );
  return (
    <>
      {auditors.length === 0 ? (
        <p className="muted">{t('settings.auditors.empty')}</p>
      ) : (
        <table className="data-table compact">
          <thead>
            <tr>
              {columns.map((key) => (
                <th key={key} scope="col">
                  {t(`settings.auditors.${key}`)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('common.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {auditors.map((auditor, index) => (
              <tr key={auditor.id}>
                {columns.map((key) => (
                  <td key={key}>
                    <input
                      aria-label={t(`settings.auditors.${key}`)}
                      value={auditor[key]}
                      maxLength={60}
                      onChange={(event) => edit(index, key, event.target.value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="link-button danger-text"
                    onClick={() =>
                      onChange(auditors.filter((_, i) => i !== index))
                    }
                  >
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        onClick={() =>
          onChange([
            ...auditors,
            {
              id: crypto.randomUUID(),
              name: '',
              title: '',
              certificateNumber: '',
            },
          ])
        }
      >
        {t('settings.auditors.add')}
      </button>
    </>
  );
}
