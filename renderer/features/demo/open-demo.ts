import { DEMO_AUDIT_ID, demoSnapshot } from '@shared/demo/demo-audit';
import { defaultContext } from '../../db/context';
import { openSnapshot } from '../../db/repositories/snapshots';

/** Puts the demo audit into the database (once) and returns its id. */
export async function openDemoAudit(): Promise<string> {
  await openSnapshot(defaultContext(), demoSnapshot());
  return DEMO_AUDIT_ID;
}
