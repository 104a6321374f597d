import { conversionFactor, isUnit, UNITS, type Unit } from '@shared/calc/units';
import { canonicalUnit } from '@renderer/components/grid/parse-number';
import { unitLabel } from '@renderer/components/grid/cell-format';

// Units in the baseline tables are free text, typed as the company writes
// them (万kWh, 度, m³, 吨). Calculations need one of the units the shared
// conversion table knows, so the text is matched the way the grid matches
// units in numbers: case, superscripts and the usual Chinese names aside.

const BY_CANONICAL: ReadonlyMap<string, Unit> = new Map(
  UNITS.map((unit) => [canonicalUnit(unit), unit]),
);

/** The known unit a row's unit text means, or null when none. */
export function unitOf(text: string): Unit | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (isUnit(trimmed)) return trimmed;
  return BY_CANONICAL.get(canonicalUnit(trimmed)) ?? null;
}

/**
 * The unit a per-unit figure is given in, and the factor from the row's
 * unit into it. Use per unit of product is quoted in plain units (kWh/m²,
 * not 万kWh/m²), so a 万 unit is brought down to its plain unit; any other
 * text is kept as typed.
 */
export function perUnitBasis(text: string): { unit: string; factor: number } {
  const unit = unitOf(text);
  if (unit !== null && unit.startsWith('万')) {
    const plain = unit.slice(1);
    if (isUnit(plain)) {
      return { unit: plain, factor: conversionFactor(unit, plain) };
    }
  }
  return { unit: text.trim(), factor: 1 };
}

/** `kWh/m²`: a unit per product unit, as a header or cell prints it. */
export function ratioUnit(numerator: string, denominator: string): string {
  if (numerator === '' || denominator.trim() === '') return '';
  return `${unitLabel(numerator)}/${unitLabel(denominator.trim())}`;
}
