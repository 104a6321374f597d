import {
  useCallback,
  useLayoutEffect,
  useState,
  type RefObject,
  type UIEvent,
} from 'react';

/**
 * Above this many rows the grid renders only the rows in view. Working
 * tables of stages 1–3 stay below it and keep every row in the DOM, which
 * is what browser search and screen readers like best; an option register
 * of a large group audit (2,000 options) would take seconds to mount whole.
 */
export const WINDOW_THRESHOLD = 200;
// Rows rendered above and below the visible ones, so a quick scroll or an
// arrow key rarely shows blank space.
const OVERSCAN = 12;
// The CSS row height (32 px plus its 1 px border) until a row is measured.
const DEFAULT_ROW_HEIGHT = 33;
// A container that reports no height (before layout, or in a test DOM)
// is treated as a screenful.
const FALLBACK_VIEWPORT = 800;

export type RowWindow = {
  /** First rendered row index (inclusive) and last (exclusive). */
  first: number;
  last: number;
  /** Heights of the blank rows standing in above and below. */
  padTop: number;
  padBottom: number;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
};

/**
 * Which rows to render in a scrolled grid of `count` rows, keeping
 * `activeRow` in view: when the keyboard moves the active cell past the
 * edge, the container scrolls so the row is rendered before focus moves.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLDivElement | null>,
  count: number,
  activeRow: number,
): RowWindow {
  const [view, setView] = useState({
    top: 0,
    height: FALLBACK_VIEWPORT,
    rowHeight: DEFAULT_ROW_HEIGHT,
  });
  const windowed = count > WINDOW_THRESHOLD;

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    setView((current) => ({
      ...current,
      top: box.scrollTop,
      height: box.clientHeight || FALLBACK_VIEWPORT,
    }));
  }, []);

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!windowed || !box) return;
    const row = box.querySelector('tbody tr[aria-rowindex]');
    const measured = row instanceof HTMLElement ? row.offsetHeight : 0;
    const height = measured > 0 ? measured : DEFAULT_ROW_HEIGHT;
    // The sticky header covers the top of the scroll area.
    const header = box.querySelector('thead')?.offsetHeight ?? height;
    const viewport = box.clientHeight || FALLBACK_VIEWPORT;
    const rowTop = activeRow * height;
    let top = box.scrollTop;
    if (rowTop < top) top = rowTop;
    else if (rowTop + height + header > top + viewport) {
      top = rowTop + height + header - viewport;
    }
    if (top !== box.scrollTop) box.scrollTop = top;
    setView((current) =>
      current.top === box.scrollTop &&
      current.height === viewport &&
      current.rowHeight === height
        ? current
        : { top: box.scrollTop, height: viewport, rowHeight: height },
    );
  }, [scrollRef, activeRow, windowed]);

  if (!windowed) {
    return {
      first: 0,
      last: count,
      padTop: 0,
      padBottom: 0,
      onScroll,
    };
  }
  const height = view.rowHeight;
  const first = Math.max(0, Math.floor(view.top / height) - OVERSCAN);
  const last = Math.min(
    count,
    Math.ceil((view.top + view.height) / height) + OVERSCAN,
  );
  return {
    first,
    last,
    padTop: first * height,
    padBottom: (count - last) * height,
    onScroll,
  };
}
