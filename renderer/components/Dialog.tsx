import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type DialogProps = {
  title: string;
  open: boolean;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  danger?: boolean;
  busy?: boolean;
  /** Keeps the submit button and Enter from submitting, e.g. while input is invalid. */
  submitDisabled?: boolean;
  /** Added to the dialog's class, e.g. to widen it. */
  className?: string;
  children: ReactNode;
};

/**
 * A modal form on the native <dialog>: focus is trapped, Esc cancels, Enter
 * submits.
 */
export function Dialog(props: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.busy && !props.submitDisabled) props.onSubmit();
  };
  return (
    <dialog
      ref={ref}
      className={props.className ? `dialog ${props.className}` : 'dialog'}
      aria-label={props.title}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      {props.open && (
        <form onSubmit={submit}>
          <h2>{props.title}</h2>
          <div className="dialog-body">{props.children}</div>
          <div className="dialog-actions">
            <button type="button" onClick={props.onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className={props.danger ? 'danger' : 'primary'}
              disabled={props.busy || props.submitDisabled}
            >
              {props.submitLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
