// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '@shared/i18n';
import { demoAudit, demoCompany } from '@shared/demo/demo-audit';
import { defaultContext } from '@renderer/db/context';
import { sectionTexts } from '@renderer/db/repositories/report';
import { openSnapshot } from '@renderer/db/repositories/snapshots';
import { SectionEditor } from '@renderer/features/report/SectionEditor';

const AUDIT = 'section-editor-audit';
const GENERATED = '审核小组按审核程序制定了工作计划。';

function editor(sectionId: string) {
  return render(
    <SectionEditor
      auditId={AUDIT}
      sectionId={sectionId}
      title="制定审核工作计划"
      generated={GENERATED}
      stored={undefined}
    />,
  );
}

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ resources, lng: 'zh-CN' });
  await openSnapshot(defaultContext(), {
    formatVersion: 1,
    audit: demoAudit({ id: AUDIT }),
    company: demoCompany(),
  });
});

describe('a section text editor', () => {
  it('starts from the generated paragraph and stores an edit', async () => {
    editor('1.3');
    const field = screen.getByLabelText('1.3 制定审核工作计划');
    expect((field as HTMLTextAreaElement).value).toBe(GENERATED);

    fireEvent.change(field, { target: { value: '计划经总经理批准。' } });
    await screen.findByText('已保存');
    expect(await sectionTexts(defaultContext(), AUDIT)).toMatchObject({
      '1.3': '计划经总经理批准。',
    });
  });

  it('still writes an edit made just before the page is left', async () => {
    const view = editor('1.5');
    fireEvent.change(screen.getByLabelText('1.5 制定审核工作计划'), {
      target: { value: '离开前的修改' },
    });
    view.unmount();

    await waitFor(async () =>
      expect((await sectionTexts(defaultContext(), AUDIT))['1.5']).toBe(
        '离开前的修改',
      ),
    );
  });

  it('does not store text equal to the generated paragraph', async () => {
    editor('2.1');
    const field = screen.getByLabelText('2.1 制定审核工作计划');
    fireEvent.change(field, { target: { value: `${GENERATED}x` } });
    fireEvent.change(field, { target: { value: GENERATED } });
    await screen.findByText('已保存');

    expect((await sectionTexts(defaultContext(), AUDIT))['2.1']).toBe(
      undefined,
    );
  });
});
