import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { PortfolioAudit } from '@shared/calc/portfolio';
import type {
  CertificateInput,
  DeadlineBoardInput,
} from '@shared/calc/portfolio-deadlines';
import type { Audit } from '@shared/model/audit';
import type { PlanTarget } from '@shared/model/portfolio';
import {
  COEFFICIENT_SETS,
  DEFAULT_ENERGY_ACCOUNTING,
} from '@shared/reference/coefficients';
import { createLogger } from '@shared/log/logger';
import { database } from '../../db/database';
import {
  acceptanceByAudit,
  fillSummaryCache,
  loadPortfolio,
  saveSummaries,
  type PortfolioData,
} from '../../db/repositories/portfolio';

/** Everything the statistics page shows, computed once per data change. */
export type PortfolioView = {
  entries: PortfolioAudit[];
  /** Audits left out because their options could not be summarised. */
  unsummarized: Audit[];
  deadlineInputs: DeadlineBoardInput[];
  certificateInputs: CertificateInput[];
  targets: PlanTarget[];
};

// The portfolio adds audits up on one basis: the app's default coefficient
// set and electricity basis. Audits record no choice of their own yet; when
// they do, each should be summarised on its own basis.
const ACCOUNTING = {
  coefficientSet: COEFFICIENT_SETS[DEFAULT_ENERGY_ACCOUNTING.coefficientSetId],
  electricityBasis: DEFAULT_ENERGY_ACCOUNTING.electricityBasis,
};

const log = createLogger('statistics');

export function buildPortfolioView(data: PortfolioData): PortfolioView {
  const acceptances = acceptanceByAudit(data.reviews);
  const entries: PortfolioAudit[] = [];
  const unsummarized: Audit[] = [];
  const deadlineInputs: DeadlineBoardInput[] = [];
  const certificateInputs: CertificateInput[] = [];
  for (const audit of data.audits) {
    const company = data.companies.get(audit.companyId);
    const companyName = company?.name ?? '';
    const acceptance = acceptances.get(audit.id);
    const summary = data.summaries.get(audit.id) ?? null;
    if (summary === null) unsummarized.push(audit);
    else {
      entries.push({
        audit,
        company,
        summary,
        acceptedOn: acceptance?.passedOn ?? null,
      });
    }
    deadlineInputs.push({
      audit,
      companyName,
      started: data.startedAuditIds.has(audit.id),
    });
    certificateInputs.push({
      audit,
      companyName,
      acceptedOn: acceptance?.passedOn ?? null,
      certificateExpiresOn: acceptance?.certificateExpiresOn ?? null,
    });
  }
  return {
    entries,
    unsummarized,
    deadlineInputs,
    certificateInputs,
    targets: data.targets,
  };
}

/**
 * Measures from the start of the latest read to now under `name`, once per
 * page load; `npm run bench` reads the measures.
 */
export function measureOnce(name: string): void {
  if (performance.getEntriesByName(name).length > 0) return;
  if (performance.getEntriesByName('statistics-load-start').length === 0) {
    return;
  }
  performance.measure(name, 'statistics-load-start');
}

/**
 * The stored audits, read whole and summarised; undefined while loading.
 * Re-runs whenever a table it read changes. The read is marked so the
 * page can measure from it to its first paint with figures (the bench).
 */
export function usePortfolio(): PortfolioView | undefined {
  const data = useLiveQuery(async () => {
    performance.mark('statistics-load-start');
    return loadPortfolio(database(), ACCOUNTING);
  }, []);
  useEffect(() => {
    // A live query may not write; the fresh summaries are kept afterwards.
    // Failing to keep them only costs the next visit the same work again.
    if (!data) return;
    saveSummaries(database(), data.recomputed)
      .then((kept) => {
        if (kept > 0) performance.mark('statistics-summaries-kept');
      })
      .catch((error: unknown) =>
        log.warn('summaries could not be kept', { error: String(error) }),
      );
  }, [data]);
  return useMemo(() => (data ? buildPortfolioView(data) : undefined), [data]);
}

/** Wait after start-up before filling the cache, pause between batches. */
const FILL_DELAY_MS = 3000;
const FILL_PAUSE_MS = 200;
const FILL_BATCH = 25;

/**
 * Fills the summary cache in the background after start-up, a batch of
 * audits at a time, so that the first visit to the statistics page after an
 * upgrade or after many audits arrive need not sum every option. It stops
 * when no audit lacks a summary, or when a batch keeps none (its audits are
 * being edited); the page computes whatever is still missing.
 */
export function useSummaryCacheFiller(): void {
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = async () => {
      try {
        const { kept, remaining } = await fillSummaryCache(
          database(),
          ACCOUNTING,
          FILL_BATCH,
        );
        if (!stopped && kept > 0 && remaining > 0) {
          timer = setTimeout(() => void step(), FILL_PAUSE_MS);
        }
      } catch (error: unknown) {
        log.warn('summary cache not filled', { error: String(error) });
      }
    };
    timer = setTimeout(() => void step(), FILL_DELAY_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
}
