// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStudySelection } from '@renderer/features/stages/stage3/balance/use-study-selection';
import type { BalanceStudy } from '@shared/model/balance';
import { study } from './fixtures';

function render(initial: BalanceStudy[] | undefined) {
  return renderHook(({ studies }) => useStudySelection(studies), {
    initialProps: { studies: initial },
  });
}

describe('useStudySelection', () => {
  it('shows the first study until another is picked', () => {
    const { result } = render([study('a'), study('b')]);
    expect(result.current[0]).toBe('a');

    act(() => result.current[1]('b'));
    expect(result.current[0]).toBe('b');
  });

  it('picks a study added after the first load', () => {
    const { result, rerender } = render([study('a')]);
    rerender({ studies: [study('a'), study('new')] });
    expect(result.current[0]).toBe('new');
  });

  it('falls back to the first study when the shown one is removed', () => {
    const { result, rerender } = render([study('a'), study('b')]);
    act(() => result.current[1]('b'));
    rerender({ studies: [study('a')] });
    expect(result.current[0]).toBe('a');
  });

  it('shows none while the studies are loading', () => {
    expect(render(undefined).result.current[0]).toBeNull();
  });
});
