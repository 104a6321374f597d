import type { ConsumptionItem, Product } from '@shared/model/baseline';
import { canonicalUnit } from '@renderer/components/grid/parse-number';
import { perUnitBasis, ratioUnit } from './row-units';

// Use per unit of product (单耗) divides a year's quantity by the output it
// served. A row tied to one product uses that product's output; a row shared
// by all products uses their total, which only means something when they
// share a unit (a PCB maker counts every board in m²).

export function yearValue(
  byYear: Readonly<Record<string, number | null>>,
  year: number,
): number | null {
  return byYear[String(year)] ?? null;
}

/** The unit every product is counted in, or null when they differ. */
export function sharedProductUnit(products: readonly Product[]): string | null {
  const units = new Set(products.map((p) => canonicalUnit(p.unit)));
  const first = products[0];
  return units.size === 1 && first && first.unit.trim() !== ''
    ? first.unit.trim()
    : null;
}

function sumKnown(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** Output of all products in a year; null when none is known. */
export function totalOutput(
  products: readonly Product[],
  year: number,
): number | null {
  return sumKnown(products.map((p) => yearValue(p.outputByYear, year)));
}

/** Output value of all products in a year, in 万元. */
export function totalOutputValueWanYuan(
  products: readonly Product[],
  year: number,
): number | null {
  return sumKnown(
    products.map((p) => yearValue(p.outputValueWanYuanByYear, year)),
  );
}

/** The product with the largest output value in `year` (the first on a tie). */
export function mainProduct(
  products: readonly Product[],
  year: number,
): Product | null {
  let best: Product | null = null;
  let bestValue = -Infinity;
  for (const product of products) {
    const value = yearValue(product.outputValueWanYuanByYear, year) ?? -1;
    if (value > bestValue) {
      best = product;
      bestValue = value;
    }
  }
  return best;
}

export type OutputDenominator = { output: number | null; unit: string };

/** The output a consumption row is divided by in `year`, with its unit. */
export function outputFor(
  productId: string | null,
  products: readonly Product[],
  year: number,
): OutputDenominator | null {
  if (productId !== null) {
    const product = products.find((p) => p.id === productId);
    return product
      ? { output: yearValue(product.outputByYear, year), unit: product.unit }
      : null;
  }
  const unit = sharedProductUnit(products);
  return unit === null ? null : { output: totalOutput(products, year), unit };
}

/** The unit per-unit use of a row is shown in, e.g. `kWh/m²`. */
export function perUnitUnit(
  item: Pick<ConsumptionItem, 'unit' | 'productId'>,
  products: readonly Product[],
): string {
  const denominator = outputFor(item.productId, products, 0);
  return denominator
    ? ratioUnit(perUnitBasis(item.unit).unit, denominator.unit)
    : '';
}

/**
 * Use per unit of product in `year`, in the unit perUnitUnit names; null
 * when the quantity or the output is missing or the output is not positive.
 */
export function perUnitUse(
  item: Pick<ConsumptionItem, 'unit' | 'productId' | 'quantityByYear'>,
  products: readonly Product[],
  year: number,
): number | null {
  const quantity = yearValue(item.quantityByYear, year);
  const denominator = outputFor(item.productId, products, year);
  if (quantity === null || !denominator?.output || denominator.output <= 0) {
    return null;
  }
  return (quantity * perUnitBasis(item.unit).factor) / denominator.output;
}
