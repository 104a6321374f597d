import type { ConsumptionItem, Product } from '@shared/model/baseline';
import type { WasteStream } from '@shared/model/emissions';
import { consumptionItemSchema, productSchema } from '@shared/model/baseline';
import { wasteStreamSchema } from '@shared/model/emissions';

const stored = {
  createdAt: '2026-04-01T08:00:00.000Z',
  updatedAt: '2026-04-01T08:00:00.000Z',
  revision: 1,
  deletedAt: null,
  auditId: 'audit-1',
  sortIndex: 1,
};

export function product(fields: Partial<Product> & { id: string }): Product {
  return productSchema.parse({ ...stored, ...fields });
}

export function item(
  fields: Partial<ConsumptionItem> & { id: string },
): ConsumptionItem {
  return consumptionItemSchema.parse({ ...stored, ...fields });
}

export function waste(
  fields: Partial<WasteStream> & { id: string },
): WasteStream {
  return wasteStreamSchema.parse({ ...stored, ...fields });
}

/** The two boards of the demo PCB maker, both counted in m². */
export function boards(): Product[] {
  return [
    product({
      id: 'double',
      name: '双面板',
      unit: 'm²',
      outputByYear: { '2023': 260_000, '2024': 252_000, '2025': 246_000 },
      outputValueWanYuanByYear: {
        '2023': 11_440,
        '2024': 11_214,
        '2025': 11_070,
      },
    }),
    product({
      id: 'multi',
      name: '多层板',
      unit: 'm²',
      outputByYear: { '2023': 305_000, '2024': 338_000, '2025': 374_000 },
      outputValueWanYuanByYear: {
        '2023': 32_940,
        '2024': 36_842,
        '2025': 40_930,
      },
    }),
  ];
}

/** The demo's energy and water rows (2023–2025). */
export function energyItems(): ConsumptionItem[] {
  return [
    item({
      id: 'power',
      category: 'energy',
      name: '电力',
      unit: '万kWh',
      energyCarrierKey: 'electricity',
      quantityByYear: { '2023': 1_712, '2024': 1_790, '2025': 1_850 },
    }),
    item({
      id: 'gas',
      category: 'energy',
      name: '天然气',
      unit: 'm3',
      energyCarrierKey: 'naturalGas',
      quantityByYear: { '2023': 398_000, '2024': 410_000, '2025': 420_000 },
    }),
    item({
      id: 'steam',
      category: 'energy',
      name: '蒸汽',
      unit: 't',
      energyCarrierKey: 'steam',
      quantityByYear: { '2023': 9_100, '2024': 9_350, '2025': 9_600 },
    }),
    item({
      id: 'water',
      category: 'water',
      name: '新鲜水',
      unit: 't',
      energyCarrierKey: 'freshWater',
      quantityByYear: { '2023': 512_000, '2024': 531_000, '2025': 548_000 },
    }),
  ];
}
