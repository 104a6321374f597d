import { describe, expect, it } from 'vitest';
import {
  commandForKey,
  moveTarget,
  type KeyPress,
} from '@renderer/components/grid/keyboard';

function press(key: string, overrides: Partial<KeyPress> = {}): KeyPress {
  return {
    key,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    altKey: false,
    ...overrides,
  };
}

describe('commandForKey', () => {
  it('starts an edit on Enter or F2 in an idle cell', () => {
    expect(commandForKey(press('Enter'), null)).toEqual({ kind: 'edit' });
    expect(commandForKey(press('F2'), null)).toEqual({ kind: 'edit' });
  });

  it('commits and moves down on Enter while editing', () => {
    expect(commandForKey(press('Enter'), 'edit')).toEqual({
      kind: 'commit',
      then: 'down',
    });
  });

  it('commits and moves back on Shift+Tab while editing', () => {
    expect(commandForKey(press('Tab', { shiftKey: true }), 'replace')).toEqual({
      kind: 'commit',
      then: 'previous',
    });
  });

  it('commits and moves on an arrow after typing over a cell', () => {
    expect(commandForKey(press('ArrowLeft'), 'replace')).toEqual({
      kind: 'commit',
      then: 'left',
    });
  });

  it('leaves arrows to the caret when editing began with F2', () => {
    expect(commandForKey(press('ArrowLeft'), 'edit')).toBeNull();
  });

  it('adds a row on Ctrl+Enter and on Cmd+Enter', () => {
    expect(commandForKey(press('Enter', { ctrlKey: true }), null)).toEqual({
      kind: 'add-row',
    });
    expect(commandForKey(press('Enter', { metaKey: true }), 'edit')).toEqual({
      kind: 'add-row',
    });
  });

  it('clears an idle cell on Delete', () => {
    expect(commandForKey(press('Delete'), null)).toEqual({ kind: 'clear' });
  });

  it('removes the row on Ctrl+Delete and on Cmd+Backspace', () => {
    expect(commandForKey(press('Delete', { ctrlKey: true }), null)).toEqual({
      kind: 'remove-row',
    });
    expect(commandForKey(press('Backspace', { metaKey: true }), null)).toEqual({
      kind: 'remove-row',
    });
  });

  it('leaves Delete to the editor while editing', () => {
    expect(commandForKey(press('Delete'), 'edit')).toBeNull();
  });
});

describe('moveTarget', () => {
  const size = { rows: 3, cols: 4 };

  it('stops arrows at the edges', () => {
    expect(moveTarget({ row: 0, col: 0 }, 'up', size)).toEqual({
      row: 0,
      col: 0,
    });
    expect(moveTarget({ row: 2, col: 3 }, 'right', size)).toEqual({
      row: 2,
      col: 3,
    });
  });

  it('wraps Tab to the first cell of the next row', () => {
    expect(moveTarget({ row: 0, col: 3 }, 'next', size)).toEqual({
      row: 1,
      col: 0,
    });
  });

  it('wraps Shift+Tab to the last cell of the previous row', () => {
    expect(moveTarget({ row: 1, col: 0 }, 'previous', size)).toEqual({
      row: 0,
      col: 3,
    });
  });

  it('lets Tab leave the grid past the last cell', () => {
    expect(moveTarget({ row: 2, col: 3 }, 'next', size)).toBeNull();
  });

  it('jumps to the first and last column on Home and End', () => {
    expect(moveTarget({ row: 1, col: 2 }, 'row-start', size)).toEqual({
      row: 1,
      col: 0,
    });
    expect(moveTarget({ row: 1, col: 2 }, 'row-end', size)).toEqual({
      row: 1,
      col: 3,
    });
  });
});
