import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from '@shared/i18n';
import type { Language } from '@shared/settings/schema';

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
