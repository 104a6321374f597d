import { useLayoutEffect, useRef, type FocusEvent } from 'react';
import type { EditMode } from './types';

/** Marks the one element that takes focus: the active cell or its editor. */
export const FOCUS_ATTRIBUTE = 'data-grid-focus';

/**
 * Keeps keyboard focus on the active cell across re-renders. Cells and
 * editors mount and unmount as the active cell moves, rows disappear when
 * the caller removes them, and a select editor replaces the text input; in
 * each case focus would fall to the page body. The grid takes it back when
 * it held focus last, or when a command inside the grid asked for it, and
 * never steals it from an element outside the grid.
 */
export function useGridFocus(editing: EditMode | null) {
  const tableRef = useRef<HTMLTableElement>(null);
  const holds = useRef(false);
  const requested = useRef(false);

  useLayoutEffect(() => {
    const table = tableRef.current;
    if (!table) return;
    const current = document.activeElement;
    const lost = current === null || current === document.body;
    const wanted =
      requested.current || (holds.current && (lost || table.contains(current)));
    requested.current = false;
    const target = table.querySelector<HTMLElement>(`[${FOCUS_ATTRIBUTE}]`);
    if (!wanted || !target || target === current) return;
    target.focus();
    if (!editing && target instanceof HTMLInputElement) target.select();
  });

  const target = () =>
    tableRef.current?.querySelector<HTMLElement>(`[${FOCUS_ATTRIBUTE}]`) ??
    null;

  const isTarget = (node: EventTarget | null): node is HTMLElement =>
    node instanceof HTMLElement &&
    node.hasAttribute(FOCUS_ATTRIBUTE) &&
    tableRef.current?.contains(node) === true;

  const onFocus = (event: FocusEvent) => {
    if (!tableRef.current?.contains(event.target)) return;
    holds.current = true;
    if (!editing && event.target instanceof HTMLInputElement) {
      event.target.select();
    }
  };

  /**
   * Calls `onLeave` once focus has really left the grid. A blur with no
   * next element is also what a removed editor produces, so that case is
   * judged a moment later, after the grid had its chance to refocus; a
   * window switch keeps the editor focused and so does not end the edit.
   */
  const onBlur = (event: FocusEvent, onLeave: () => void) => {
    const table = tableRef.current;
    const next = event.relatedTarget;
    if (!table || (next instanceof Node && table.contains(next))) return;
    if (next !== null) {
      holds.current = false;
      onLeave();
      return;
    }
    window.setTimeout(() => {
      if (table.contains(document.activeElement)) return;
      holds.current = false;
      onLeave();
    }, 0);
  };

  const request = () => {
    requested.current = true;
  };

  return { tableRef, target, isTarget, onFocus, onBlur, request };
}
