import { useState } from 'react';
import type { BalanceStudy } from '@shared/model/balance';

/**
 * Which study's streams are shown: the one picked, else the first. A study
 * added while the page is open is picked at once, because the next thing a
 * consultant does with a new balance is enter its streams.
 */
export function useStudySelection(
  studies: readonly BalanceStudy[] | undefined,
): [string | null, (id: string) => void] {
  const [picked, setPicked] = useState<string | null>(null);
  const [seen, setSeen] = useState<ReadonlySet<string> | null>(null);

  if (studies) {
    const ids = studies.map((s) => s.id);
    if (seen === null) {
      setSeen(new Set(ids));
    } else {
      const added = ids.find((id) => !seen.has(id));
      if (added !== undefined) {
        setSeen(new Set([...seen, ...ids]));
        setPicked(added);
      }
    }
  }

  const shown =
    studies?.find((s) => s.id === picked)?.id ?? studies?.[0]?.id ?? null;
  return [shown, setPicked];
}
