// Material, water, energy and element balances (domain.md §3.3): over one
// boundary and period, what goes in should equal what comes out as products,
// by-products, wastes and losses. The error is reported as a fraction of the
// input, the form audit reports quote (e.g. 0.91 %).

export const BALANCE_DIRECTIONS = ['in', 'out'] as const;
export type BalanceDirection = (typeof BALANCE_DIRECTIONS)[number];

export const BALANCE_CATEGORIES = [
  'input',
  'product',
  'by-product',
  'waste',
  'loss',
] as const;
export type BalanceCategory = (typeof BALANCE_CATEGORIES)[number];

export type OutputCategory = Exclude<BalanceCategory, 'input'>;

export interface BalanceStream {
  readonly id: string;
  readonly direction: BalanceDirection;
  readonly category: BalanceCategory;
  readonly quantity: number;
  readonly unit: string;
}

export interface BalanceTotals {
  /** The unit shared by every stream; null when there are no streams. */
  readonly unit: string | null;
  readonly totalIn: number;
  readonly totalOut: number;
  /** An out-side stream marked 'input' counts in totalOut, in no category. */
  readonly outByCategory: Readonly<Record<OutputCategory, number>>;
  readonly difference: number;
  /** (in − out) / in; null when nothing goes in. */
  readonly errorFraction: number | null;
}

export const BALANCE_CODES = [
  'balance-mixed-units',
  'balance-quantity-invalid',
] as const;
export type BalanceCode = (typeof BALANCE_CODES)[number];

export type BalanceResult =
  | { readonly ok: true; readonly value: BalanceTotals }
  | {
      readonly ok: false;
      readonly code: BalanceCode;
      /** The streams to fix. */
      readonly streamIds: readonly string[];
      /** For mixed units: the unit most streams use, which the rest break. */
      readonly unit?: string;
    };

// A tolerance of about 5 % is common practice for a balance error
// (domain.md §3.3, §11.8); audits may set their own.
export const DEFAULT_BALANCE_TOLERANCE = 0.05;

/**
 * Sums a balance table. Streams are summed only when they share one unit:
 * converting between units (t and 万t, kWh and 万kWh) belongs to
 * shared/calc/units.ts and happens before the streams reach this function.
 * Units are compared after trimming, and otherwise exactly.
 */
export function computeBalance(
  streams: readonly BalanceStream[],
): BalanceResult {
  const badQuantity = streams.filter(
    (s) => !Number.isFinite(s.quantity) || s.quantity < 0,
  );
  if (badQuantity.length > 0) {
    return {
      ok: false,
      code: 'balance-quantity-invalid',
      streamIds: badQuantity.map((s) => s.id),
    };
  }

  const unit = commonestUnit(streams);
  const offending = streams.filter((s) => s.unit.trim() !== unit);
  if (unit !== null && offending.length > 0) {
    return {
      ok: false,
      code: 'balance-mixed-units',
      streamIds: offending.map((s) => s.id),
      unit,
    };
  }

  return { ok: true, value: totalsOf(streams, unit) };
}

function totalsOf(
  streams: readonly BalanceStream[],
  unit: string | null,
): BalanceTotals {
  const outByCategory: Record<OutputCategory, number> = {
    product: 0,
    'by-product': 0,
    waste: 0,
    loss: 0,
  };
  let totalIn = 0;
  let totalOut = 0;
  for (const stream of streams) {
    if (stream.direction === 'in') {
      totalIn += stream.quantity;
      continue;
    }
    totalOut += stream.quantity;
    if (stream.category !== 'input') {
      outByCategory[stream.category] += stream.quantity;
    }
  }

  const difference = totalIn - totalOut;
  return {
    unit,
    totalIn,
    totalOut,
    outByCategory,
    difference,
    errorFraction: totalIn === 0 ? null : difference / totalIn,
  };
}

/** The unit used by most streams; on a tie, the one met first. */
function commonestUnit(streams: readonly BalanceStream[]): string | null {
  const counts = new Map<string, number>();
  for (const stream of streams) {
    const unit = stream.unit.trim();
    counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [unit, count] of counts) {
    if (count > bestCount) {
      best = unit;
      bestCount = count;
    }
  }
  return best;
}

/** True when the balance error is larger than the tolerance either way. */
export function balanceWarning(
  errorFraction: number,
  tolerance: number = DEFAULT_BALANCE_TOLERANCE,
): boolean {
  return Math.abs(errorFraction) > tolerance;
}
