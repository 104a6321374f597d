import type { BilingualLabel } from '@shared/reference/label';

/** Reference data carries its own zh/en labels; pick the one for the UI language. */
export function pickLabel(label: BilingualLabel, language: string): string {
  return language.startsWith('zh') ? label.zh : label.en;
}
