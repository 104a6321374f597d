import {
  createContext,
  useContext,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Settings, SettingsPatch } from '@shared/settings/schema';
import { changeLanguage } from '../i18n';
import { platform, type PlatformResult } from '../platform';

type SettingsContextValue = {
  settings: Settings;
  update: (patch: SettingsPatch) => Promise<PlatformResult<Settings>>;
};

const SettingsContext = createContext<SettingsContextValue | null>(null);

export type SettingsProviderProps = { initial: Settings; children: ReactNode };

export function SettingsProvider({ initial, children }: SettingsProviderProps) {
  const [settings, setSettings] = useState(initial);
  const value = useMemo<SettingsContextValue>(
    () => ({
      settings,
      update: async (patch) => {
        const result = await platform().updateSettings(patch);
        if (result.ok) {
          if (result.value.language !== settings.language) {
            await changeLanguage(result.value.language);
          }
          setSettings(result.value);
        }
        return result;
      },
    }),
    [settings],
  );
  return (
    <SettingsContext.Provider value={value}>
      {children}
    </SettingsContext.Provider>
  );
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
