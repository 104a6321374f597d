import { ContinuousPlanSection } from '../../implementation/ContinuousPlanSection';
import { CpSystemSection } from '../../implementation/CpSystemSection';
import { ImplementationPlanSection } from '../../implementation/ImplementationPlanSection';
import { ImplementationResultsSection } from '../../implementation/ImplementationResultsSection';
import { IndicatorResultsSection } from '../../implementation/IndicatorResultsSection';
import { TargetAttainmentSection } from '../../implementation/TargetAttainmentSection';
import { CostClassRulesCard } from '../../options/CostClassRulesCard';
import { FeasibilityListSection } from '../../options/FeasibilityListSection';
import { OptionRegisterSection } from '../../options/OptionRegisterSection';
import { ScreeningSection } from '../../options/ScreeningSection';
import type { StageSection } from './types';

/** The register under its audit's cost-class limits. */
function RegisterWithRules({ auditId }: { auditId: string }) {
  return (
    <>
      <CostClassRulesCard auditId={auditId} />
      <OptionRegisterSection auditId={auditId} />
    </>
  );
}

/** Stage 4: the option register (方案汇总表) and the screening. */
export const optionSections: StageSection[] = [
  { key: 'optionSummary', component: RegisterWithRules },
  { key: 'screening', component: ScreeningSection },
];

/** Stage 5: the feasibility studies of the mid/high-cost options. */
export const feasibilitySections: StageSection[] = [
  { key: 'feasibility', component: FeasibilityListSection },
];

/** Stage 6: plan, results, target attainment, before/after indicators. */
export const implementationSections: StageSection[] = [
  { key: 'implementationPlan', component: ImplementationPlanSection },
  { key: 'implementationResults', component: ImplementationResultsSection },
  { key: 'targetAttainment', component: TargetAttainmentSection },
  { key: 'beforeAfterComparison', component: IndicatorResultsSection },
];

/** Stage 7: the standing organisation and rules, the continuous plan. */
export const continuousSections: StageSection[] = [
  { key: 'cpOrganisation', component: CpSystemSection },
  { key: 'continuousPlan', component: ContinuousPlanSection },
];
