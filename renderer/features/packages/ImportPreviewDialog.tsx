import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countMerge,
  mergeKey,
  type ConflictChoice,
  type MergeRecord,
} from '@shared/package/merge';
import { Dialog } from '../../components/Dialog';
import type { PreparedImport } from './import-package';

export type ImportPreviewDialogProps = {
  prepared: PreparedImport;
  busy: boolean;
  onClose: () => void;
  onApply: (choices: ReadonlyMap<string, ConflictChoice>) => void;
};

/** The words a user knows a record by: its code and name, or its title. */
function recordLabel(record: MergeRecord): string {
  const parts = ['code', 'name', 'title', 'item', 'description']
    .map((field) => record[field])
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return parts.slice(0, 2).join(' ') || record.id;
}

/**
 * What an import will do before it does it: how many records are new,
 * updated or in conflict, and for each conflict which side to keep. Keep
 * both is preselected wherever a copy is possible.
 */
export function ImportPreviewDialog(props: ImportPreviewDialogProps) {
  const { t, i18n } = useTranslation();
  const { manifest } = props.prepared.checked;
  const items = props.prepared.items;
  const counts = countMerge(items);
  const conflicts = items.filter((item) => item.kind === 'conflict');
  const [choices, setChoices] = useState<Map<string, ConflictChoice>>(
    () =>
      new Map(
        conflicts.map((c) => [
          mergeKey(c.table, c.incoming.id),
          c.canKeepBoth ? 'both' : 'mine',
        ]),
      ),
  );
  const restoring = items.some((item) => item.kind === 'restore');
  const nothing =
    counts.new + counts.updated + counts.conflicts === 0 && !restoring;
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(manifest.createdAt));

  return (
    <Dialog
      open
      title={t('packages.import.title')}
      submitLabel={
        props.busy ? t('packages.import.applying') : t('packages.import.apply')
      }
      busy={props.busy || nothing}
      onClose={props.onClose}
      onSubmit={() => props.onApply(choices)}
    >
      <p>
        {t('packages.import.source', {
          title: manifest.audit.title,
          company: manifest.audit.company,
          date,
        })}
      </p>
      <p data-testid="import-counts">
        {nothing
          ? t('packages.import.nothing')
          : t('packages.import.counts', counts)}
      </p>
      {conflicts.length > 0 && (
        <section className="conflict-list">
          <h3>{t('packages.import.conflictsTitle')}</h3>
          <p className="muted">{t('packages.import.conflictsHelp')}</p>
          <table className="data-table compact">
            <tbody>
              {conflicts.map((item) => {
                const key = mergeKey(item.table, item.incoming.id);
                const options: ConflictChoice[] = item.canKeepBoth
                  ? ['both', 'mine', 'theirs']
                  : ['mine', 'theirs'];
                return (
                  <tr key={key}>
                    <td>{t(`packages.tables.${item.table}`)}</td>
                    <td>
                      <div>
                        {t('packages.import.mine', {
                          label: recordLabel(item.local ?? item.incoming),
                        })}
                      </div>
                      <div className="muted">
                        {t('packages.import.theirs', {
                          label: recordLabel(item.incoming),
                        })}
                      </div>
                    </td>
                    <td>
                      <select
                        aria-label={recordLabel(item.local ?? item.incoming)}
                        value={choices.get(key)}
                        onChange={(event) => {
                          const next = new Map(choices);
                          next.set(key, event.target.value as ConflictChoice);
                          setChoices(next);
                        }}
                      >
                        {options.map((choice) => (
                          <option key={choice} value={choice}>
                            {t(`packages.import.choice.${choice}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </Dialog>
  );
}
