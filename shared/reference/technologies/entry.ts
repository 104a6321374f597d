import type { CostGroup } from '@shared/calc/cost-class';
import type { AspectCode } from '../aspects';
import type { DivisionCode, PillarIndustryKey } from '../industries';
import type { BilingualLabel } from '../label';
import type { ParameterKey } from '../parameters';
import type { IndustryGroupKey } from './industry-groups';

export interface TechnologyEntry {
  /** Stable across releases: saved options may refer to it. */
  readonly id: string;
  readonly industry: IndustryGroupKey;
  /** Absent only for 'general' entries. */
  readonly pillarIndustry?: PillarIndustryKey;
  /** Narrower than the group's divisions; absent means all of them. */
  readonly divisionCodes?: readonly DivisionCode[];
  /** The primary aspect, i.e. the option type in the summary table. */
  readonly aspect: AspectCode;
  // Where the option usually lands; the money thresholds are per project.
  readonly costGroup: CostGroup;
  // CO2 is listed wherever fuel burned on site changes, or for process CO2.
  // CO2 from purchased electricity or steam is not: reports derive it from
  // those quantities with the project's emission factors.
  readonly parameters: readonly ParameterKey[];
  /** Short option name as written in the option summary table. */
  readonly name: BilingualLabel;
  /** One sentence: the problem, then the measure. */
  readonly description: BilingualLabel;
}
