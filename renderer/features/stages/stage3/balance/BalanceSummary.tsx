import { useTranslation } from 'react-i18next';
import type { OutputCategory } from '@shared/calc/balance';
import type {
  BalanceStream,
  BalanceStudy,
  StudyBalance,
} from '@shared/model/balance';
import { formatFigure } from '@renderer/features/stages/stage2/analysis/number-format';
import { categoryConflicts, errorPercentOf } from './balance-view';

export type BalanceSummaryProps = {
  study: BalanceStudy;
  balance: StudyBalance;
  /** The study's live streams in table order. */
  streams: readonly BalanceStream[];
};

type Note = { key: string; text: string; tone: 'note' | 'ok' | 'warning' };

const OUTPUT_CATEGORIES: readonly OutputCategory[] = [
  'product',
  'by-product',
  'waste',
  'loss',
];

/** Totals, difference and error of one study, and what needs fixing. */
export function BalanceSummary({
  study,
  balance,
  streams,
}: BalanceSummaryProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  const separator = t('analysisTables.listSeparator');
  const names = (ids: readonly string[]) =>
    streams
      .flatMap((stream, index) =>
        ids.includes(stream.id)
          ? [
              stream.name ||
                t('analysisTables.balance.streamRow', { row: index + 1 }),
            ]
          : [],
      )
      .join(separator);
  const amount = (value: number, unit: string | null) =>
    t('analysisTables.balance.amount', {
      value: formatFigure(value, locale, { maxDecimals: 4 }),
      unit: unit ?? '',
    }).trim();
  const percent = (value: number, decimals?: number) =>
    formatFigure(value, locale, decimals === undefined ? {} : { decimals });

  const notes: Note[] = [];
  const { result } = balance;
  const error = errorPercentOf(balance);
  const tolerance = percent(study.tolerancePercent);
  if (streams.length === 0) {
    notes.push({
      key: 'empty',
      tone: 'note',
      text: t('analysisTables.balance.noStreams'),
    });
  } else if (!result.ok) {
    notes.push(
      result.code === 'balance-mixed-units'
        ? {
            key: 'units',
            tone: 'warning',
            text: t('analysisTables.balance.mixedUnits', {
              unit: result.unit ?? '',
              names: names(result.streamIds),
            }),
          }
        : {
            key: 'invalid',
            tone: 'warning',
            text: t('analysisTables.balance.invalidQuantity', {
              names: names(result.streamIds),
            }),
          },
    );
  } else if (error === null) {
    notes.push({
      key: 'no-input',
      tone: 'note',
      text: t('analysisTables.balance.noInput'),
    });
  } else {
    const values = { error: percent(error, 2), tolerance };
    notes.push(
      balance.exceedsTolerance
        ? {
            key: 'over',
            tone: 'warning',
            text: t('analysisTables.balance.overTolerance', values),
          }
        : {
            key: 'within',
            tone: 'ok',
            text: t('analysisTables.balance.withinTolerance', values),
          },
    );
  }
  if (balance.unfilledStreamIds.length > 0) {
    notes.push({
      key: 'unfilled',
      tone: 'note',
      text: t('analysisTables.balance.missingQuantities', {
        names: names(balance.unfilledStreamIds),
      }),
    });
  }
  const conflicts = categoryConflicts(streams);
  if (conflicts.outputAsInput.length > 0) {
    notes.push({
      key: 'out-as-in',
      tone: 'warning',
      text: t('analysisTables.balance.outputAsInput', {
        names: names(conflicts.outputAsInput.map((s) => s.id)),
      }),
    });
  }
  if (conflicts.inputAsOutput.length > 0) {
    notes.push({
      key: 'in-as-out',
      tone: 'warning',
      text: t('analysisTables.balance.inputAsOutput', {
        names: names(conflicts.inputAsOutput.map((s) => s.id)),
      }),
    });
  }

  const totals = result.ok && streams.length > 0 ? result.value : null;
  return (
    <div
      className="balance-summary"
      role="region"
      aria-label={t('analysisTables.balance.summaryLabel')}
    >
      {totals && (
        <dl className="balance-totals">
          <div>
            <dt>{t('analysisTables.balance.totalIn')}</dt>
            <dd>{amount(totals.totalIn, totals.unit)}</dd>
          </div>
          <div>
            <dt>{t('analysisTables.balance.totalOut')}</dt>
            <dd>{amount(totals.totalOut, totals.unit)}</dd>
          </div>
          <div>
            <dt>{t('analysisTables.balance.difference')}</dt>
            <dd>{amount(totals.difference, totals.unit)}</dd>
          </div>
          <div>
            <dt>{t('analysisTables.balance.error')}</dt>
            <dd>
              {error === null
                ? '—'
                : t('analysisTables.balance.percent', {
                    value: percent(error, 2),
                  })}
            </dd>
          </div>
          <div className="balance-totals-wide">
            <dt>{t('analysisTables.balance.outByCategory')}</dt>
            <dd>
              {OUTPUT_CATEGORIES.map((category) =>
                t('analysisTables.balance.categoryAmount', {
                  category: t(`analysisTables.balance.categories.${category}`),
                  value: amount(totals.outByCategory[category], totals.unit),
                }),
              ).join(separator)}
            </dd>
          </div>
        </dl>
      )}
      <div className="analysis-notes">
        {notes.map((note) => (
          <p key={note.key} className={`analysis-${note.tone}`}>
            {note.text}
          </p>
        ))}
      </div>
    </div>
  );
}
