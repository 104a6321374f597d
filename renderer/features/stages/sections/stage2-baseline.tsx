import { ConsumptionSection } from '../stage2/baseline/ConsumptionSection';
import { EnvFacilitiesSection } from '../stage2/baseline/EnvFacilitiesSection';
import { EquipmentSection } from '../stage2/baseline/EquipmentSection';
import { IndicatorsSection } from '../stage2/baseline/IndicatorsSection';
import { ProductsSection } from '../stage2/baseline/ProductsSection';
import { WasteStreamsSection } from '../stage2/baseline/WasteStreamsSection';
import type { StageSection } from './types';

/**
 * The stage 2 desk survey (现状调研) and step 7's benchmark, in the order a
 * pre-assessment chapter presents them.
 */
export const baselineSections: StageSection[] = [
  { key: 'products', component: ProductsSection },
  { key: 'consumption', component: ConsumptionSection },
  { key: 'equipment', component: EquipmentSection },
  { key: 'wasteStreams', component: WasteStreamsSection },
  { key: 'envFacilities', component: EnvFacilitiesSection },
  { key: 'indicatorComparison', component: IndicatorsSection },
];
