import { useEffect, useState } from 'react';
import { isStageCode, type StageCode } from '@shared/reference/stages';

/**
 * Hash routes: the app is one page in both hosts, and a hash keeps reloads
 * and the back button working without a server that knows our paths.
 */
export type Route =
  | { name: 'audits' }
  | { name: 'new-audit' }
  | { name: 'audit'; auditId: string }
  | { name: 'stage'; auditId: string; stage: StageCode }
  | { name: 'option'; auditId: string; optionId: string }
  | { name: 'feasibility'; auditId: string; optionId: string }
  | { name: 'report'; auditId: string }
  | { name: 'statistics' }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [head, id, sub, stage] = parts;
  if (head === 'audits' && id && sub === 'options' && stage) {
    const ids = {
      auditId: decodeURIComponent(id),
      optionId: decodeURIComponent(stage),
    };
    return parts[4] === 'feasibility'
      ? { name: 'feasibility', ...ids }
      : { name: 'option', ...ids };
  }
  if (head === 'audits' && id && sub === 'stage') {
    const code = Number(stage);
    if (isStageCode(code)) {
      return { name: 'stage', auditId: decodeURIComponent(id), stage: code };
    }
  }
  if (head === 'audits' && id && sub === 'report') {
    return { name: 'report', auditId: decodeURIComponent(id) };
  }
  if (head === 'audits' && id)
    return { name: 'audit', auditId: decodeURIComponent(id) };
  if (head === 'new') return { name: 'new-audit' };
  if (head === 'statistics') return { name: 'statistics' };
  if (head === 'settings') return { name: 'settings' };
  return { name: 'audits' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'audit':
      return `#/audits/${encodeURIComponent(route.auditId)}`;
    case 'stage':
      return `#/audits/${encodeURIComponent(route.auditId)}/stage/${route.stage}`;
    case 'option':
      return `#/audits/${encodeURIComponent(route.auditId)}/options/${encodeURIComponent(route.optionId)}`;
    case 'feasibility':
      return `#/audits/${encodeURIComponent(route.auditId)}/options/${encodeURIComponent(route.optionId)}/feasibility`;
    case 'report':
      return `#/audits/${encodeURIComponent(route.auditId)}/report`;
    case 'audits':
      return '#/audits';
    case 'new-audit':
      return '#/new';
    case 'statistics':
      return '#/statistics';
    case 'settings':
      return '#/settings';
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
