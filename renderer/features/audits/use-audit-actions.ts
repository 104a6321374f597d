import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultContext } from '../../db/context';
import {
  createAudit,
  deleteAudit,
  renameAudit,
  restoreAudit,
  type AuditListItem,
  type CreateAuditInput,
} from '../../db/repositories/audits';
import { errorCodeOf, errorMessage } from '../../i18n/errors';
import { navigate } from '../../app/route';
import { useToast } from '../../components/Toasts';
import { openDemoAudit } from '../demo/open-demo';

/** The audit list's writes, each reporting success or a translated failure. */
export function useAuditActions() {
  const { t } = useTranslation();
  const toast = useToast();

  return useMemo(() => {
    const guard = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        toast({ tone: 'error', message: errorMessage(t, errorCodeOf(error)) });
        return undefined;
      }
    };

    return {
      create: (input: CreateAuditInput) =>
        guard(async () => {
          const audit = await createAudit(defaultContext(), input);
          navigate({ name: 'audit', auditId: audit.id });
          return audit;
        }),
      rename: (id: string, title: string) =>
        guard(async () => {
          const audit = await renameAudit(defaultContext(), id, title);
          toast({ message: t('common.saved') });
          return audit;
        }),
      remove: (item: AuditListItem) =>
        guard(async () => {
          await deleteAudit(defaultContext(), item.id);
          toast({
            message: t('audits.delete.done', { title: item.title }),
            action: {
              label: t('common.undo'),
              run: () =>
                void guard(() => restoreAudit(defaultContext(), item.id)),
            },
          });
        }),
      openDemo: () =>
        guard(async () => {
          const id = await openDemoAudit();
          navigate({ name: 'audit', auditId: id });
          toast({ message: t('audits.demoOpened') });
        }),
    };
  }, [t, toast]);
}
