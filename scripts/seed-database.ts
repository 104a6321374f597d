import type { Page } from 'playwright-core';

/**
 * Puts rows straight into the app's IndexedDB, store by store, in one
 * transaction, as if typed over months: for the bench and for end-to-end
 * tests that need more audits than a test can type. Nothing goes through
 * the repositories, so the change log does not see these rows.
 */
export async function putRows(
  page: Page,
  stores: Record<string, readonly unknown[]>,
): Promise<void> {
  await page.evaluate(
    async (byStore) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('cp-audit-workbench');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const names = Object.keys(byStore);
          const tx = open.result.transaction(names, 'readwrite');
          for (const name of names) {
            for (const row of byStore[name] ?? []) {
              tx.objectStore(name).put(row);
            }
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    stores,
  );
}
