import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit } from '@shared/model/audit';
import type { Option } from '@shared/model/option';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { listRows } from '../../db/repositories/audit-rows';
import { getAudit } from '../../db/repositories/audits';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { platform } from '../../platform';

/** A workbook ready to save, or a sentence saying why there is none. */
export type XlsxFile =
  | { readonly ok: true; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly message: string };

// Characters no file system takes in a name.
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|]/g;

/** An audit's title made safe to stand in a file name. */
export function fileNamePart(text: string): string {
  const printable = [...text]
    .map((char) => (char.charCodeAt(0) < 0x20 ? '_' : char))
    .join('');
  return printable.replace(NOT_IN_FILE_NAMES, '_').trim().slice(0, 80);
}

/** What an export is made from, read when it starts; null: the audit is gone. */
export async function exportSource(auditId: string): Promise<{
  audit: Audit;
  companyName: string;
  options: Option[];
} | null> {
  const ctx = defaultContext();
  const [found, options] = await Promise.all([
    getAudit(ctx, auditId),
    listRows(ctx, 'options', auditId),
  ]);
  if (!found) return null;
  const companyName = found.company?.name ?? '';
  return { audit: found.audit, companyName, options };
}

/**
 * Builds a workbook and saves it where the host saves files (a save dialog
 * in Electron, a download in the browser), saying in a toast where it went
 * or what went wrong; a cancelled dialog says nothing. `busy` is true
 * meanwhile, to disable the button that started it.
 */
export function useXlsxExport(): {
  busy: boolean;
  run: (build: () => Promise<XlsxFile>) => Promise<void>;
} {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = async (build: () => Promise<XlsxFile>) => {
    setBusy(true);
    try {
      const file = await build();
      if (!file.ok) {
        toast({ tone: 'error', message: file.message });
        return;
      }
      const saved = await platform().saveFile({
        suggestedName: file.fileName,
        kind: 'xlsx',
        // A copy on a plain ArrayBuffer, as the save request is typed.
        bytes: new Uint8Array(file.bytes),
      });
      if (!saved.ok) {
        toast({ tone: 'error', message: errorMessage(t, saved.code) });
      } else if (saved.value.saved) {
        const fileName = saved.value.fileName ?? file.fileName;
        toast({ message: t('optionsSheet.export.saved', { fileName }) });
      }
    } catch (error) {
      toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
