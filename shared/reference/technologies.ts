/**
 * Catalogue of typical cleaner-production options by industry, for
 * consultants filling in the option summary table (方案汇总表).
 *
 * Based on the key technologies named per industry in Guangdong's 12th
 * Five-Year cleaner-production plan, plus options common in audit practice.
 * It is a list of suggestions to start from, not a regulatory or mandatory
 * list: each audit still decides its own options, costs and effects.
 */
import { automotiveTechnologies } from './technologies/automotive';
import { buildingMaterialsTechnologies } from './technologies/building-materials';
import { commerceTechnologies } from './technologies/commerce';
import { electricalMachineryTechnologies } from './technologies/electrical-machinery';
import { electronicsTechnologies } from './technologies/electronics';
import { electroplatingTechnologies } from './technologies/electroplating';
import { foodBeverageTechnologies } from './technologies/food-beverage';
import { furnitureTechnologies } from './technologies/furniture';
import { generalOrganisationalTechnologies } from './technologies/general-organisational';
import { generalTechnicalTechnologies } from './technologies/general-technical';
import { hospitalityTechnologies } from './technologies/hospitality';
import {
  INDUSTRY_GROUPS,
  type IndustryGroupKey,
} from './technologies/industry-groups';
import type { TechnologyEntry } from './technologies/entry';
import { leatherTechnologies } from './technologies/leather';
import { paperTechnologies } from './technologies/paper';
import { pcbTechnologies } from './technologies/pcb';
import { petrochemicalTechnologies } from './technologies/petrochemical';
import { pharmaceuticalsTechnologies } from './technologies/pharmaceuticals';
import { textilesTechnologies } from './technologies/textiles';
import { divisionOfIndustryCode, type DivisionCode } from './industries';
import type { BilingualLabel } from './label';

export { INDUSTRY_GROUPS } from './technologies/industry-groups';
export type {
  IndustryGroup,
  IndustryGroupKey,
} from './technologies/industry-groups';
export type { TechnologyEntry } from './technologies/entry';

// Groups in the order of INDUSTRY_GROUPS, general options last, so every
// list drawn from the catalogue keeps that order.
const CATALOGUE = [
  ...electronicsTechnologies,
  ...pcbTechnologies,
  ...electroplatingTechnologies,
  ...electricalMachineryTechnologies,
  ...automotiveTechnologies,
  ...furnitureTechnologies,
  ...petrochemicalTechnologies,
  ...textilesTechnologies,
  ...foodBeverageTechnologies,
  ...buildingMaterialsTechnologies,
  ...paperTechnologies,
  ...pharmaceuticalsTechnologies,
  ...leatherTechnologies,
  ...hospitalityTechnologies,
  ...commerceTechnologies,
  ...generalTechnicalTechnologies,
  ...generalOrganisationalTechnologies,
] as const;

export type TechnologyId = (typeof CATALOGUE)[number]['id'];

export interface Technology extends TechnologyEntry {
  readonly id: TechnologyId;
}

export type TechnologyLanguage = keyof BilingualLabel;

// `string & Record<never, never>` keeps editor completion for the group keys
// while still accepting a company's stored GB/T 4754 code ('3982').
export type IndustryQuery = IndustryGroupKey | (string & Record<never, never>);

export const TECHNOLOGIES: readonly Technology[] = CATALOGUE;

const GENERAL_TECHNOLOGIES = TECHNOLOGIES.filter(
  (technology) => technology.industry === 'general',
);

const TECHNOLOGY_BY_ID: ReadonlyMap<string, Technology> = new Map(
  TECHNOLOGIES.map((technology) => [technology.id, technology]),
);

const GROUP_DIVISIONS: ReadonlyMap<string, readonly DivisionCode[]> = new Map(
  INDUSTRY_GROUPS.map((group) => [group.key, group.divisionCodes]),
);

export function isIndustryGroupKey(value: unknown): value is IndustryGroupKey {
  return typeof value === 'string' && GROUP_DIVISIONS.has(value);
}

function divisionsCovered(technology: Technology): readonly DivisionCode[] {
  return (
    technology.divisionCodes ?? GROUP_DIVISIONS.get(technology.industry) ?? []
  );
}

function specificTechnologies(query: IndustryQuery): readonly Technology[] {
  if (isIndustryGroupKey(query)) {
    return TECHNOLOGIES.filter(
      (technology) =>
        technology.industry === query && technology.industry !== 'general',
    );
  }
  const division = divisionOfIndustryCode(query);
  if (division === undefined) return [];
  return TECHNOLOGIES.filter(
    (technology) =>
      technology.industry !== 'general' &&
      divisionsCovered(technology).includes(division),
  );
}

/**
 * Options for an industry group key or a GB/T 4754 division, group or class
 * code: the industry's own options first, then the general ones. An unknown
 * key or code yields the general options only.
 */
export function technologiesForIndustry(
  query: IndustryQuery,
): readonly Technology[] {
  return [...specificTechnologies(query), ...GENERAL_TECHNOLOGIES];
}

// NFKC folds full-width letters typed through a Chinese input method and
// subscripts such as the ₂ in CO₂ to their plain forms before comparing.
function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Options whose name in the given language contains the query, ignoring
 * case, in catalogue order. A blank query matches nothing, so an empty
 * search box does not dump the whole catalogue.
 */
export function searchTechnologies(
  query: string,
  lang: TechnologyLanguage,
): readonly Technology[] {
  const needle = foldForSearch(query.trim());
  if (needle === '') return [];
  return TECHNOLOGIES.filter((technology) =>
    foldForSearch(technology.name[lang]).includes(needle),
  );
}

export function technologyById(id: string): Technology | undefined {
  return TECHNOLOGY_BY_ID.get(id);
}
