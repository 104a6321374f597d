import type { CellValue } from '@renderer/components/grid';
import type {
  BalanceStream,
  BalanceStudy,
  StudyBalance,
} from '@shared/model/balance';
import type { AuditRowInput } from '@shared/model/audit-rows';
import type { RowView } from '../../use-audit-table';

/** How one study stands, in the words of the studies grid's result column. */
export type BalanceState =
  'empty' | 'ok' | 'over' | 'mixed-units' | 'invalid' | 'no-input';

export function balanceState(
  balance: StudyBalance,
  streamCount: number,
): BalanceState {
  const { result } = balance;
  if (!result.ok) {
    return result.code === 'balance-mixed-units' ? 'mixed-units' : 'invalid';
  }
  if (streamCount === 0) return 'empty';
  if (result.value.errorFraction === null) return 'no-input';
  return balance.exceedsTolerance ? 'over' : 'ok';
}

/** (in − out) / in as a percentage, or null when it cannot be computed. */
export function errorPercentOf(balance: StudyBalance): number | null {
  const fraction = balance.result.ok
    ? balance.result.value.errorFraction
    : null;
  return fraction === null ? null : fraction * 100;
}

export type StudyGridRow = BalanceStudy & {
  errorPercent: number | null;
  state: BalanceState;
};

export type StudyStatus = { balance: StudyBalance; streamCount: number };

/** The studies grid: each study with its error and state from its streams. */
export function studyView(
  statuses: ReadonlyMap<string, StudyStatus>,
): RowView<'balanceStudies', StudyGridRow> {
  return {
    toGrid: (study) => {
      const status = statuses.get(study.id);
      return {
        ...study,
        errorPercent: status ? errorPercentOf(status.balance) : null,
        state: status
          ? balanceState(status.balance, status.streamCount)
          : 'empty',
      };
    },
    toPatch: (_study, key, value) => {
      // A type and a tolerance always have a value; clearing the cell keeps
      // the stored one rather than writing a row the schema refuses.
      if ((key === 'type' || key === 'tolerancePercent') && value === null) {
        return {};
      }
      if (key === 'errorPercent' || key === 'state') return {};
      return { [key]: value } as Partial<BalanceStudy>;
    },
    fromGrid: (values) =>
      withoutBlanks(values, [
        'type',
        'tolerancePercent',
      ]) as AuditRowInput<'balanceStudies'>,
  };
}

/** The streams grid: flat, except that its choices are never cleared. */
export function streamView(): RowView<'balanceStreams', BalanceStream> {
  const choices = ['direction', 'category', 'basis'] as const;
  return {
    toGrid: (stream) => stream,
    toPatch: (_stream, key, value) =>
      value === null && (choices as readonly string[]).includes(key)
        ? {}
        : ({ [key]: value } as Partial<BalanceStream>),
    // The study comes from the section's defaults, which a paste adds.
    fromGrid: (values) =>
      withoutBlanks(values, choices) as AuditRowInput<'balanceStreams'>,
  };
}

function withoutBlanks(
  values: Readonly<Record<string, CellValue | undefined>>,
  keys: readonly string[],
): Record<string, CellValue | undefined> {
  return Object.fromEntries(
    Object.entries(values).filter(
      ([key, value]) => !(value === null && keys.includes(key)),
    ),
  );
}

/** Streams whose category contradicts their direction, by kind. */
export function categoryConflicts(streams: readonly BalanceStream[]) {
  return {
    outputAsInput: streams.filter(
      (s) => s.direction === 'out' && s.category === 'input',
    ),
    inputAsOutput: streams.filter(
      (s) => s.direction === 'in' && s.category !== 'input',
    ),
  };
}
