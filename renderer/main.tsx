import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createLogger } from '@shared/log/logger';
import { App } from './app/App';
import { SettingsProvider } from './app/settings-context';
import { ToastProvider } from './components/Toasts';
import { initI18n } from './i18n';
import { installRendererLogSink } from './log';
import { platform } from './platform';
import './styles/app.css';

installRendererLogSink();
const log = createLogger('start');

async function start(): Promise<void> {
  // Ask the browser not to evict our IndexedDB under storage pressure; the
  // answer only matters for the web host, Electron keeps data regardless.
  void navigator.storage?.persist?.().then((granted) => {
    if (!granted) log.warn('persistent storage was not granted');
  });
  const settings = await platform().loadSettings();
  await initI18n(settings.language);
  const container = document.getElementById('root');
  if (!container) throw new Error('no #root element');
  createRoot(container).render(
    <StrictMode>
      <SettingsProvider initial={settings}>
        <ToastProvider>
          <App />
        </ToastProvider>
      </SettingsProvider>
    </StrictMode>,
  );
}

void start().catch((error: unknown) => log.error('start-up failed', error));
