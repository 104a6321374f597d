import { en } from './locales/en';
import { zhCN, type LocaleResource } from './locales/zh-CN';
import type { Language } from '../settings/schema';

export { zhCN, en };
export type { LocaleResource };

/** i18next resources for both processes, keyed by language. */
export const resources: Record<Language, { translation: LocaleResource }> = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
};
