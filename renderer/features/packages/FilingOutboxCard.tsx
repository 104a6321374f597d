import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { FilingPackage } from '@shared/model/filing';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import {
  listFilingPackages,
  setFilingStatus,
  type FilingStatusChange,
} from '../../db/repositories/filing';
import { sizeText } from '../evidence/add-evidence';
import { ExportPackageButton } from './ExportPackageButton';
import { FiledDialog } from './FiledDialog';
import { failureMessage } from './package-messages';
import './packages.css';

export type FilingOutboxCardProps = { auditId: string };

/**
 * The filing outbox on the overview: the packages exported for filing and
 * what became of each, as the user reports it.
 */
export function FilingOutboxCard({ auditId }: FilingOutboxCardProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const packages = useLiveQuery(
    () => listFilingPackages(defaultContext(), auditId),
    [auditId],
  );
  const [filing, setFiling] = useState<FilingPackage | null>(null);
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  const change = async (id: string, status: FilingStatusChange) => {
    try {
      await setFilingStatus(defaultContext(), id, status);
    } catch (error) {
      toast({ tone: 'error', message: failureMessage(t, error) });
    }
  };

  return (
    <article className="card outbox-card" aria-labelledby="outbox-heading">
      <header className="section-header">
        <h2 id="outbox-heading">{t('packages.outbox.title')}</h2>
        <ExportPackageButton auditId={auditId} />
      </header>
      {packages?.length === 0 && (
        <p className="muted">{t('packages.outbox.empty')}</p>
      )}
      <ul className="outbox-list">
        {packages?.map((item) => (
          <li key={item.id}>
            <div className="outbox-line">
              <strong>{item.fileName}</strong>
              <span className={`tag tag-filing-${item.status}`}>
                {t(`packages.outbox.status.${item.status}`)}
              </span>
            </div>
            <div className="outbox-line muted">
              {t('packages.outbox.exportedOn', {
                date: dateTime.format(new Date(item.createdAt)),
                size: sizeText(item.size),
              })}
              {item.status === 'filed' &&
                ` · ${t('packages.outbox.filedDetail', {
                  date: item.filedOn ?? '',
                  reference: item.referenceNumber || t('common.none'),
                })}`}
            </div>
            {item.note && <div className="muted">{item.note}</div>}
            <div className="outbox-line">
              <button
                type="button"
                className="link-button"
                onClick={() => setFiling(item)}
              >
                {t('packages.outbox.markFiled')}
              </button>
              {item.status !== 'returned' && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void change(item.id, {
                      status: 'returned',
                      filedOn: item.filedOn,
                      referenceNumber: item.referenceNumber,
                    })
                  }
                >
                  {t('packages.outbox.markReturned')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {filing && (
        <FiledDialog
          onClose={() => setFiling(null)}
          onSubmit={(filed) => {
            void change(filing.id, { status: 'filed', ...filed });
            setFiling(null);
          }}
        />
      )}
    </article>
  );
}
