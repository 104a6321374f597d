import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

export type ToastInput = {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
  durationMs?: number;
};

type Toast = ToastInput & { id: number };

const ToastContext = createContext<(toast: ToastInput) => void>(
  () => undefined,
);

export type ToastProviderProps = { children: ReactNode };

/** Short notices at the bottom of the window; errors stay until dismissed. */
export function ToastProvider({ children }: ToastProviderProps) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => {
    setToasts((all) => all.filter((toast) => toast.id !== id));
  }, []);
  const show = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { ...input, id }]);
      const duration =
        input.durationMs ??
        (input.tone === 'error' ? 0 : input.action ? 8000 : 3000);
      if (duration > 0) setTimeout(() => dismiss(id), duration);
    },
    [dismiss],
  );
  const value = useMemo(() => show, [show]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.close')}
              onClick={() => dismiss(toast.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  return useContext(ToastContext);
}
