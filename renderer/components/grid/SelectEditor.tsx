import { useLayoutEffect, useRef } from 'react';
import type { SelectOption } from './types';
import { FOCUS_ATTRIBUTE } from './use-grid-focus';

export type SelectEditorProps = {
  options: readonly SelectOption[];
  value: string;
  label: string;
};

const focusProps = { [FOCUS_ATTRIBUTE]: '' };

/**
 * The list a select cell shows while edited; picking an option commits.
 * With the list closed, an arrow key on Windows changes the choice and so
 * commits it at once; typing a label into the idle cell is the quicker way.
 */
export function SelectEditor({ options, value, label }: SelectEditorProps) {
  const ref = useRef<HTMLSelectElement>(null);

  useLayoutEffect(() => {
    const select = ref.current;
    if (!select) return;
    select.focus();
    // Opening the list at once saves a keystroke. Browsers without
    // showPicker, or that refuse it here, leave the list closed, and the
    // closed list still works with the arrow keys.
    try {
      select.showPicker?.();
    } catch {
      return;
    }
  }, []);

  return (
    <select
      ref={ref}
      {...focusProps}
      className="data-grid-input"
      defaultValue={value}
      aria-label={label}
    >
      <option value="">—</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
