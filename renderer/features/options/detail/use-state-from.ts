import { useState } from 'react';

/**
 * Local state (a draft) that starts again from `value` whenever the stored
 * value changes, for instance when another window or an undo rewrote it.
 * Adjusting during render, as React recommends, avoids an extra pass.
 */
export function useStateFrom<T>(value: T) {
  const [seen, setSeen] = useState(value);
  const [state, setState] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    setState(value);
  }
  return [state, setState] as const;
}
