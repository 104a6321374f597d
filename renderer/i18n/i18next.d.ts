import type { LocaleResource } from '@shared/i18n';

// Keys are typed from the source locale: a key that zh-CN lacks fails the
// type check wherever it is used.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: LocaleResource };
  }
}
