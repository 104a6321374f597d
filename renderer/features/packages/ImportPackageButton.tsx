import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictChoice } from '@shared/package/merge';
import type { PackageProblem } from '@shared/package/problems';
import { PACKAGE_EXTENSION } from '@shared/package/format';
import { navigate } from '../../app/route';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/Toasts';
import { defaultContext } from '../../db/context';
import { applyImport } from '../../db/repositories/packages';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { prepareImport, type PreparedImport } from './import-package';
import { failureMessage, problemMessage } from './package-messages';
import './packages.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'refused'; problems: PackageProblem[] }
  | { kind: 'preview'; prepared: PreparedImport; busy: boolean };

/**
 * Imports a .cpaudit the user picks: checks it whole, shows what would
 * change and lets the user settle each conflict, then writes it in one
 * transaction. A refused package changes nothing and says why.
 */
export function ImportPackageButton() {
  const { t } = useTranslation();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const check = async (file: File) => {
    setStep({ kind: 'checking' });
    try {
      const result = await prepareImport(defaultContext(), file);
      setStep(
        result.ok
          ? { kind: 'preview', prepared: result.value, busy: false }
          : { kind: 'refused', problems: result.problems },
      );
    } catch (error) {
      setStep({ kind: 'idle' });
      toast({ tone: 'error', message: failureMessage(t, error) });
    }
  };

  const apply = async (
    prepared: PreparedImport,
    choices: ReadonlyMap<string, ConflictChoice>,
  ) => {
    setStep({ kind: 'preview', prepared, busy: true });
    try {
      const { items, blobs } = prepared;
      await applyImport(defaultContext(), items, choices, blobs);
      const { audit } = prepared.checked.snapshot;
      setStep({ kind: 'idle' });
      toast({ message: t('packages.import.done', { title: audit.title }) });
      navigate({ name: 'audit', auditId: audit.id });
    } catch (error) {
      setStep({ kind: 'idle' });
      toast({ tone: 'error', message: failureMessage(t, error) });
    }
  };

  return (
    <>
      <button
        type="button"
        disabled={step.kind === 'checking'}
        onClick={() => input.current?.click()}
      >
        {step.kind === 'checking'
          ? t('packages.import.checking')
          : t('packages.import.button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="import-package-input"
        accept={`.${PACKAGE_EXTENSION}`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void check(file);
        }}
      />
      {step.kind === 'refused' && (
        <Dialog
          open
          title={t('packages.import.refusedTitle')}
          submitLabel={t('common.close')}
          onClose={() => setStep({ kind: 'idle' })}
          onSubmit={() => setStep({ kind: 'idle' })}
        >
          <ul className="package-problems">
            {step.problems.slice(0, 20).map((problem, index) => (
              <li key={index}>{problemMessage(t, problem)}</li>
            ))}
          </ul>
          <p className="muted">{t('packages.import.refusedBody')}</p>
        </Dialog>
      )}
      {step.kind === 'preview' && (
        <ImportPreviewDialog
          prepared={step.prepared}
          busy={step.busy}
          onClose={() => setStep({ kind: 'idle' })}
          onApply={(choices) => void apply(step.prepared, choices)}
        />
      )}
    </>
  );
}
