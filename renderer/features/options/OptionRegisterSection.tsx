import {
  useCallback,
  useMemo,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { COST_CLASS_LABELS } from '@shared/calc/cost-class';
import {
  OPTION_STATUS_LABELS,
  OPTION_STATUSES,
  type OptionStatus,
} from '@shared/calc/option-status';
import type { AuditRowInput } from '@shared/model/audit-rows';
import { OPTION_STAGES } from '@shared/model/option';
import { ASPECTS, type AspectCode } from '@shared/reference/aspects';
import { navigate } from '../../app/route';
import { DataGrid } from '../../components/grid';
import { useToast } from '../../components/Toasts';
import { defaultContext, type RepoContext } from '../../db/context';
import { getAudit } from '../../db/repositories/audits';
import {
  addOption,
  addOptions,
  bulkChangeStatus,
} from '../../db/repositories/options';
import { pickLabel } from '../../i18n/bilingual';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { SaveIndicator } from '../stages/SaveIndicator';
import { useAuditTable } from '../stages/use-audit-table';
import { AddOptionDialog, type NewOption } from './AddOptionDialog';
import { OptionsSheetActions } from './OptionsSheetActions';
import {
  COST_CLASS_FILTERS,
  DEFAULT_ASPECT,
  matchesFilters,
  NO_FILTERS,
  optionColumns,
  optionView,
  registerFooter,
  SORT_KEYS,
  sortRows,
  type CostClassFilter,
  type OptionGridRow,
  type RegisterFilters,
  type SortKey,
} from './option-grid';
import './options.css';

export type OptionRegisterSectionProps = { auditId: string };

function insertOptions(
  ctx: RepoContext,
  auditId: string,
  rows: AuditRowInput<'options'>[],
) {
  return addOptions(
    ctx,
    auditId,
    rows.map(({ code: _assignedByRepository, ...fields }) => fields),
  );
}

/**
 * 方案汇总表: every option of the audit in one keyboard grid, with filters,
 * search, sorting, subtotals by aspect, a bulk status change and the way to
 * each option's own page (double-click its code, or Ctrl+Enter).
 */
export function OptionRegisterSection({ auditId }: OptionRegisterSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const toast = useToast();
  const found = useLiveQuery(
    () => getAudit(defaultContext(), auditId),
    [auditId],
  );
  const audit = found?.audit;
  const rules = audit?.costClassRules;
  const untitled = t('options.register.untitled');
  const accounting = audit?.energyAccounting;
  const view = useMemo(
    () =>
      rules && accounting
        ? optionView(
            { costClassRules: rules, energyAccounting: accounting },
            untitled,
          )
        : null,
    [rules, accounting, untitled],
  );
  const columns = useMemo(() => optionColumns(t, language), [t, language]);
  const [filters, setFilters] = useState<RegisterFilters>(NO_FILTERS);
  const [sortKey, setSortKey] = useState<SortKey>('order');
  const [byAspect, setByAspect] = useState(false);
  const [adding, setAdding] = useState(false);
  const [bulkStatus, setBulkStatus] = useState<OptionStatus>('feasible');

  if (!view || !found) return <p className="muted">{t('common.loading')}</p>;
  return (
    <RegisterGrid
      auditId={auditId}
      view={view}
      columns={columns}
      filters={filters}
      setFilters={setFilters}
      sortKey={sortKey}
      setSortKey={setSortKey}
      byAspect={byAspect}
      setByAspect={setByAspect}
      bulkStatus={bulkStatus}
      setBulkStatus={setBulkStatus}
      onAddClick={() => setAdding(true)}
      dialog={
        adding && found.company ? (
          <AddOptionDialog
            industryCode={found.company.industryCode}
            industryName={found.company.industryName}
            rules={found.audit.costClassRules}
            onClose={() => setAdding(false)}
            onAdd={async (option: NewOption) => {
              try {
                const added = await addOption(defaultContext(), auditId, {
                  ...option,
                  source: option.technologyId ? 'catalogue' : 'team',
                });
                setAdding(false);
                toast({
                  message: `${added.code} ${added.name}`,
                  action: {
                    label: t('options.register.open', { code: added.code }),
                    run: () =>
                      navigate({ name: 'option', auditId, optionId: added.id }),
                  },
                });
              } catch (error) {
                toast({
                  tone: 'error',
                  message: errorMessage(t, errorCodeOf(error)),
                });
              }
            }}
          />
        ) : null
      }
      onBulk={async (ids) => {
        const label = pickLabel(OPTION_STATUS_LABELS[bulkStatus], language);
        try {
          const written = await bulkChangeStatus(
            defaultContext(),
            ids,
            bulkStatus,
          );
          toast({
            message:
              written.length === 0
                ? t('options.register.bulkNone')
                : t('options.register.bulkDone', {
                    count: written.length,
                    status: label,
                  }),
          });
        } catch (error) {
          toast({
            tone: 'error',
            message: errorMessage(t, errorCodeOf(error)),
          });
        }
      }}
    />
  );
}

type RegisterGridProps = {
  auditId: string;
  view: ReturnType<typeof optionView>;
  columns: ReturnType<typeof optionColumns>;
  filters: RegisterFilters;
  setFilters: (filters: RegisterFilters) => void;
  sortKey: SortKey;
  setSortKey: (key: SortKey) => void;
  byAspect: boolean;
  setByAspect: (on: boolean) => void;
  bulkStatus: OptionStatus;
  setBulkStatus: (status: OptionStatus) => void;
  onAddClick: () => void;
  onBulk: (ids: string[]) => Promise<void>;
  dialog: React.ReactNode;
};

function RegisterGrid(props: RegisterGridProps) {
  const { auditId, view, filters, setFilters } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const defaults = useCallback(
    (): AuditRowInput<'options'> => ({
      code: '-',
      name: t('options.register.untitled'),
      primaryAspect: DEFAULT_ASPECT,
    }),
    [t],
  );
  const { rows, handlers, saveState, pending } = useAuditTable({
    table: 'options',
    auditId,
    view,
    defaults,
    insert: insertOptions,
  });
  const shown = useMemo(
    () =>
      rows
        ? sortRows(
            rows.filter((row) => matchesFilters(row, filters)),
            props.sortKey,
            props.byAspect,
          )
        : [],
    [rows, filters, props.sortKey, props.byAspect],
  );
  const footer = useMemo(
    () => registerFooter(shown, props.byAspect, t, language),
    [shown, props.byAspect, t, language],
  );
  const filtering = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const rowAt = (target: EventTarget): OptionGridRow | undefined => {
    const cell = (target as Element).closest<HTMLElement>('td[data-row]');
    return cell ? shown[Number(cell.dataset.row)] : undefined;
  };
  const open = (row: OptionGridRow | undefined) => {
    if (row) navigate({ name: 'option', auditId, optionId: row.id });
  };
  const onKeyDownCapture = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.stopPropagation();
      open(rowAt(event.target));
    }
  };
  const onDoubleClick = (event: MouseEvent) => {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-col]');
    if (cell?.dataset.col === '0') open(rowAt(event.target));
  };
  const set = <K extends keyof RegisterFilters>(
    key: K,
    value: RegisterFilters[K],
  ) => setFilters({ ...filters, [key]: value });

  return (
    <section
      className="card stage-section"
      id="section-optionSummary"
      aria-labelledby="heading-optionSummary"
    >
      <header className="section-header">
        <h2 id="heading-optionSummary">{t('options.register.title')}</h2>
        <SaveIndicator state={saveState} />
      </header>
      <p className="hint">{t('options.register.description')}</p>
      <div className="register-toolbar" role="search">
        <input
          type="search"
          className="search"
          aria-label={t('options.register.search')}
          placeholder={t('options.register.search')}
          value={filters.search}
          onChange={(event) => set('search', event.target.value)}
        />
        <select
          aria-label={t('options.columns.aspect')}
          value={filters.aspect}
          onChange={(event) =>
            set('aspect', event.target.value as AspectCode | '')
          }
        >
          <option value="">{t('options.register.allAspects')}</option>
          {ASPECTS.map((aspect) => (
            <option key={aspect.code} value={aspect.code}>
              {pickLabel(aspect.optionType, language)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('options.columns.costClass')}
          value={filters.costClass}
          onChange={(event) =>
            set('costClass', event.target.value as CostClassFilter | '')
          }
        >
          <option value="">{t('options.register.allClasses')}</option>
          {COST_CLASS_FILTERS.map((cls) => (
            <option key={cls} value={cls}>
              {cls === 'unknown'
                ? t('common.none')
                : pickLabel(COST_CLASS_LABELS[cls], language)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('options.columns.status')}
          value={filters.status}
          onChange={(event) =>
            set('status', event.target.value as OptionStatus | '')
          }
        >
          <option value="">{t('options.register.allStatuses')}</option>
          {OPTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {pickLabel(OPTION_STATUS_LABELS[status], language)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('options.columns.stage')}
          value={filters.stage}
          onChange={(event) => set('stage', event.target.value)}
        >
          <option value="">{t('options.register.allStages')}</option>
          {OPTION_STAGES.map((stage) => (
            <option key={stage} value={String(stage)}>
              {t(`options.stageNames.${stage}`)}
            </option>
          ))}
        </select>
        <label className="inline-field">
          <span>{t('options.register.sortBy')}</span>
          <select
            value={props.sortKey}
            onChange={(event) =>
              props.setSortKey(event.target.value as SortKey)
            }
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t(`options.register.sort.${key}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={props.byAspect}
            onChange={(event) => props.setByAspect(event.target.checked)}
          />
          {t('options.register.groupByAspect')}
        </label>
        <button type="button" className="primary" onClick={props.onAddClick}>
          {t('options.register.add')}
        </button>
        <OptionsSheetActions auditId={auditId} />
      </div>
      <p className="register-count" role="status">
        {t('options.register.shown', {
          shown: shown.length,
          total: rows?.length ?? 0,
        })}
        {' · '}
        <span className="muted">{t('options.register.openHint')}</span>
      </p>
      {rows && (
        <div onKeyDownCapture={onKeyDownCapture} onDoubleClick={onDoubleClick}>
          <DataGrid
            aria-label={t('options.register.title')}
            columns={props.columns}
            rows={shown}
            pendingCellIds={pending}
            footer={footer}
            emptyText={
              filtering
                ? t('options.register.emptyFiltered')
                : t('options.register.empty')
            }
            {...handlers}
          />
        </div>
      )}
      <div className="register-bulk">
        <label className="inline-field">
          <span>{t('options.register.bulkLabel')}</span>
          <select
            value={props.bulkStatus}
            onChange={(event) =>
              props.setBulkStatus(event.target.value as OptionStatus)
            }
          >
            {OPTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {pickLabel(OPTION_STATUS_LABELS[status], language)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={shown.length === 0}
          onClick={() => void props.onBulk(shown.map((row) => row.id))}
        >
          {t('options.register.bulkApply', { count: shown.length })}
        </button>
      </div>
      {props.dialog}
    </section>
  );
}
