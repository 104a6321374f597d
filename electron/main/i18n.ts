import i18next, { type i18n, type TFunction } from 'i18next';
import { resources } from '@shared/i18n';
import type { Language } from '@shared/settings/schema';

/** Menus and dialogs of the main process speak the UI language too. */
export function createMainI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

export type MainT = TFunction;
