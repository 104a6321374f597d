import type { WasteCause } from '@shared/model/causes';
import { ASPECT_CODES, type AspectCode } from '@shared/reference/aspects';
import type {
  CellValue,
  EditableKey,
  GridFooterRow,
  NewRowValues,
} from '@renderer/components/grid';
import type { RowView } from '../use-audit-table';

/** A waste cause as the grid shows it: one tick cell per aspect. */
export type CauseGridRow = {
  id: string;
  wasteOrLocation: string;
  description: string;
} & Record<AspectCode, string>;

export const TICK = '✓';
/** The default aspect of a row nobody has ticked yet in this session. */
export const PROVISIONAL_TICK = '(✓)';
/**
 * The schema needs one aspect per cause, so a new row starts under
 * management: the aspect most causes found on a site walk share, and the
 * one a consultant is least surprised to see pre-filled.
 */
export const DEFAULT_ASPECT: AspectCode = 'A7';

// Marks that say "no" in a tick column. Any other non-blank mark is a tick:
// worksheets are ticked with ✓, √, 1, 是, x, ● and more, and a mark the
// list lacks should not make a paste from Excel fail. The Chinese cross ×
// means "no" on a Chinese form, unlike a Latin x.
const NO_MARKS: ReadonlySet<string> = new Set([
  '0',
  '否',
  '无',
  'n',
  'no',
  'false',
  '×',
  '✗',
  '✕',
  '-',
  '—',
  '/',
]);

/** Whether a typed or pasted mark ticks the aspect. */
export function isTick(value: CellValue): boolean {
  if (value === null) return false;
  const mark = String(value).normalize('NFKC').trim().toLowerCase();
  return mark !== '' && !NO_MARKS.has(mark);
}

export function isAspectCode(key: string): key is AspectCode {
  return (ASPECT_CODES as readonly string[]).includes(key);
}

/** The aspects with `code` set or cleared, in A1–A8 order. */
export function withAspect(
  aspects: readonly AspectCode[],
  code: AspectCode,
  on: boolean,
): AspectCode[] {
  const set = new Set(aspects);
  if (on) set.add(code);
  else set.delete(code);
  return ASPECT_CODES.filter((c) => set.has(c));
}

/** The aspects ticked among a pasted row's cells; the default if none is. */
export function aspectsFromTicks(
  values: NewRowValues<CauseGridRow>,
): AspectCode[] {
  const ticked = ASPECT_CODES.filter((code) => isTick(values[code] ?? null));
  return ticked.length > 0 ? ticked : [DEFAULT_ASPECT];
}

/** How many causes carry each aspect, as the grid rows show them. */
export function countByAspect(
  rows: readonly CauseGridRow[],
): Record<AspectCode, number> {
  const counts = Object.fromEntries(
    ASPECT_CODES.map((code) => [code, 0]),
  ) as Record<AspectCode, number>;
  for (const row of rows) {
    for (const code of ASPECT_CODES) if (row[code] !== '') counts[code] += 1;
  }
  return counts;
}

/** The footer line that counts causes per aspect. */
export function causeFooter(
  rows: readonly CauseGridRow[],
  label: string,
): GridFooterRow[] {
  return [{ id: 'aspect-counts', label, values: countByAspect(rows) }];
}

export type CauseViewOptions = {
  /**
   * ISO instant the page opened. A row made since then whose only aspect is
   * still the default, and which nobody has ticked, shows that default as
   * provisional: the first aspect ticked replaces it.
   */
  sessionStart: string;
  /** Told whether an edit tried to clear a row's last aspect. */
  onLastAspect: (refused: boolean) => void;
};

type Pending = { revision: number; aspects: AspectCode[] };

function textOf(value: CellValue): string {
  return value === null ? '' : String(value);
}

/**
 * Spreads a cause's aspects into one tick cell per aspect and turns a tick
 * back into the aspects array.
 *
 * Two bits of state live here, for this page only. Rows ticked on the page,
 * so a provisional default is replaced only by the first tick. And the
 * aspects last written per row: a paste over several tick cells of one row
 * hands each cell the row as it was before the paste, and building on that
 * stale copy would keep only the last tick.
 */
export function causeView(
  options: CauseViewOptions,
): RowView<'wasteCauses', CauseGridRow> {
  const ticked = new Set<string>();
  const pending = new Map<string, Pending>();

  const provisional = (row: WasteCause) =>
    row.createdAt >= options.sessionStart &&
    !ticked.has(row.id) &&
    row.aspects.length === 1 &&
    row.aspects[0] === DEFAULT_ASPECT;

  const currentAspects = (row: WasteCause) => {
    const last = pending.get(row.id);
    return last && last.revision === row.revision ? last.aspects : row.aspects;
  };

  const nextAspects = (row: WasteCause, code: AspectCode, on: boolean) => {
    if (provisional(row) && on) return [code];
    return withAspect(currentAspects(row), code, on);
  };

  return {
    toGrid: (row) => {
      const mark = provisional(row) ? PROVISIONAL_TICK : TICK;
      const cells = Object.fromEntries(
        ASPECT_CODES.map((code) => [
          code,
          row.aspects.includes(code) ? mark : '',
        ]),
      ) as Record<AspectCode, string>;
      return {
        id: row.id,
        wasteOrLocation: row.wasteOrLocation,
        description: row.description,
        ...cells,
      };
    },
    toPatch: (row, key: EditableKey<CauseGridRow>, value) => {
      if (!isAspectCode(key)) return { [key]: textOf(value) };
      const on = isTick(value);
      const aspects = nextAspects(row, key, on);
      // An empty list is passed on so the repository refuses it and the
      // section says why; the stored row keeps its aspects.
      options.onLastAspect(aspects.length === 0);
      if (aspects.length === 0) return { aspects };
      if (on) ticked.add(row.id);
      pending.set(row.id, { revision: row.revision, aspects });
      return { aspects };
    },
    fromGrid: (values) => ({
      wasteOrLocation: textOf(values.wasteOrLocation ?? null),
      description: textOf(values.description ?? null),
      aspects: aspectsFromTicks(values),
    }),
  };
}
