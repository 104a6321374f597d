import { useLayoutEffect, useRef } from 'react';
import { editText } from './cell-format';
import { SelectEditor } from './SelectEditor';
import type { CellValue, EditableColumn, EditMode } from './types';
import { FOCUS_ATTRIBUTE } from './use-grid-focus';

export type CellInputProps<Row> = {
  column: EditableColumn<Row>;
  value: CellValue;
  /** The cell's formatted text, shown while the cell is active but idle. */
  display: string;
  mode: EditMode | null;
  invalid: boolean;
  label: string;
};

const focusProps = { [FOCUS_ATTRIBUTE]: '' };

/**
 * The editor that lives in the active cell, idle or editing. Keeping one
 * focused text input even while idle is what lets a Chinese IME compose
 * the first character of a new entry: a focused table cell is not editable,
 * so the input method would stay off for that keystroke. The text is kept
 * by the input itself, so typing re-renders nothing else.
 */
export function CellInput<Row>(props: CellInputProps<Row>) {
  const { column, value, display, mode } = props;
  const ref = useRef<HTMLInputElement>(null);
  const raw = editText(column, value);

  useLayoutEffect(() => {
    const input = ref.current;
    // In 'replace' mode the input already holds what the user typed.
    if (!input || mode === 'replace') return;
    input.value = mode === 'edit' ? raw : display;
    if (document.activeElement !== input) return;
    if (mode === 'edit') input.setSelectionRange(raw.length, raw.length);
    else input.select();
  }, [mode, raw, display]);

  if (column.kind === 'select' && mode === 'edit') {
    return (
      <SelectEditor
        options={column.options}
        value={typeof value === 'string' ? value : ''}
        label={props.label}
      />
    );
  }
  return (
    <input
      ref={ref}
      {...focusProps}
      className="data-grid-input"
      defaultValue={display}
      aria-label={props.label}
      aria-invalid={props.invalid || undefined}
      inputMode={column.kind === 'number' ? 'decimal' : undefined}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
