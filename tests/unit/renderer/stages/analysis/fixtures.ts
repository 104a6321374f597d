import {
  balanceStreamSchema,
  balanceStudySchema,
  type BalanceStream,
  type BalanceStudy,
} from '@shared/model/balance';
import {
  focusCandidateSchema,
  focusFactorSchema,
  type FocusCandidate,
  type FocusFactor,
} from '@shared/model/focus';
import { targetSchema, type Target } from '@shared/model/targets';

const base = (id: string) => ({
  id,
  createdAt: '2026-05-01T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
  revision: 1,
  deletedAt: null,
  auditId: 'audit-1',
  sortIndex: 1,
});

type Fields<T> = Partial<Omit<T, 'id'>>;

export function factor(id: string, fields: Fields<FocusFactor> = {}) {
  return focusFactorSchema.parse({ ...base(id), name: id, ...fields });
}

export function candidate(id: string, fields: Fields<FocusCandidate> = {}) {
  return focusCandidateSchema.parse({ ...base(id), name: id, ...fields });
}

export function target(fields: Fields<Target> = {}): Target {
  return targetSchema.parse({
    ...base('target-1'),
    indicator: '单位产品新鲜水用量',
    unit: 'm³/m²',
    ...fields,
  });
}

export function study(id: string, fields: Fields<BalanceStudy> = {}) {
  return balanceStudySchema.parse({ ...base(id), name: id, ...fields });
}

export function stream(
  id: string,
  studyId: string,
  fields: Fields<BalanceStream> = {},
): BalanceStream {
  return balanceStreamSchema.parse({
    ...base(id),
    studyId,
    name: id,
    unit: 't',
    ...fields,
  });
}
