import { describe, expect, it } from 'vitest';
import {
  certificateWatch,
  deadlineBoard,
  type CertificateInput,
  type DeadlineBoardInput,
} from '@shared/calc/portfolio-deadlines';

// The fake clock: every expectation below is counted from this day.
const TODAY = '2026-06-01';

function mandatory(
  id: string,
  listPublishedOn: string | null,
  started: boolean,
  state: 'in-progress' | 'evaluated' | 'accepted' = 'in-progress',
): DeadlineBoardInput {
  return {
    audit: {
      id,
      title: `审核 ${id}`,
      auditType: 'mandatory',
      listPublishedOn,
      state,
    },
    companyName: `企业 ${id}`,
    started,
  };
}

describe('deadline board', () => {
  const rows = deadlineBoard(
    [
      mandatory('D2', '2026-05-10', true),
      mandatory('D7', '2024-01-01', true, 'accepted'),
      mandatory('D3', '2026-04-20', false),
      {
        ...mandatory('D5', '2026-01-01', false),
        audit: {
          ...mandatory('D5', '2026-01-01', false).audit,
          auditType: 'voluntary',
        },
      },
      mandatory('D6', null, false),
      mandatory('D4', '2025-06-10', true),
      mandatory('D1', '2026-03-16', false),
    ],
    TODAY,
  );

  it('lists mandatory audits with a publication date, overdue first', () => {
    expect(rows.map((r) => [r.auditId, r.worst])).toEqual([
      ['D1', 'overdue'],
      ['D3', 'overdue'],
      ['D4', 'near'],
      ['D2', 'ok'],
      ['D7', 'done'],
    ]);
  });

  it('derives the three dates and the state of each', () => {
    const d1 = rows.find((r) => r.auditId === 'D1');
    expect(d1?.due).toEqual({
      publishAndRegister: '2026-04-16',
      start: '2026-05-16',
      finish: '2027-03-16',
    });
    expect(d1?.states).toEqual({
      publishAndRegister: 'overdue',
      start: 'overdue',
      finish: 'ok',
    });
    expect(d1?.nextDue).toBe('2026-04-16');
  });

  it('counts a started audit as having published and started', () => {
    const d4 = rows.find((r) => r.auditId === 'D4');
    // Finish falls on 2026-06-10, nine days ahead: near.
    expect(d4?.states).toEqual({
      publishAndRegister: 'done',
      start: 'done',
      finish: 'near',
    });
    expect(d4?.nextDue).toBe('2026-06-10');
  });

  it('calls a start date 19 days ahead ok and one in 14 days near', () => {
    const d3 = rows.find((r) => r.auditId === 'D3');
    expect(d3?.states.start).toBe('ok');
    const soon = deadlineBoard([mandatory('S', '2026-04-15', false)], TODAY);
    // Start due 2026-06-15, fourteen days ahead.
    expect(soon[0]?.states.start).toBe('near');
  });

  it('has no open date once an audit is evaluated', () => {
    expect(rows.find((r) => r.auditId === 'D7')?.nextDue).toBeNull();
  });

  it('counts an evaluated audit with no steps kept as published and started', () => {
    const [row] = deadlineBoard(
      [mandatory('E', '2025-01-10', false, 'evaluated')],
      TODAY,
    );
    expect(row?.states).toEqual({
      publishAndRegister: 'done',
      start: 'done',
      finish: 'done',
    });
    expect(row?.worst).toBe('done');
  });
});

function accepted(
  id: string,
  acceptedOn: string | null,
  certificateExpiresOn: string | null = null,
  state: CertificateInput['audit']['state'] = 'accepted',
): CertificateInput {
  return {
    audit: { id, title: `审核 ${id}`, state },
    companyName: `企业 ${id}`,
    acceptedOn,
    certificateExpiresOn,
  };
}

describe('certificate watch', () => {
  const watch = certificateWatch(
    [
      accepted('C2', '2022-03-31'),
      accepted('C3', '2023-01-10'),
      accepted('C1', '2021-05-20'),
      accepted('C4', '2023-12-31', '2026-12-31'),
      accepted('C5', null),
      accepted('C6', '2021-01-01', null, 'in-progress'),
      accepted('C7', '2022-06-01'),
    ],
    TODAY,
    12,
  );

  it('lists certificates expiring within the horizon, the earliest first', () => {
    expect(watch.expiring.map((r) => [r.auditId, r.expiresOn])).toEqual([
      ['C1', '2026-05-20'],
      ['C4', '2026-12-31'],
      ['C2', '2027-03-31'],
      // Exactly on the horizon still counts.
      ['C7', '2027-06-01'],
    ]);
  });

  it('counts the days left, negative once expired', () => {
    const days = Object.fromEntries(
      watch.expiring.map((r) => [r.auditId, r.daysLeft]),
    );
    expect(days.C1).toBe(-12);
    // June 30 + July 31 + Aug 31 + Sep 30 + Oct 31 + Nov 30 + Dec 31
    // + Jan 31 + Feb 28 + March 30 = 303.
    expect(days.C2).toBe(303);
    expect(days.C7).toBe(365);
  });

  it('names accepted audits without an acceptance date', () => {
    expect(watch.undated.map((u) => u.auditId)).toEqual(['C5']);
  });

  it('widens with the horizon', () => {
    const wide = certificateWatch([accepted('C3', '2023-01-10')], TODAY, 24);
    expect(wide.expiring.map((r) => r.expiresOn)).toEqual(['2028-01-10']);
  });
});
