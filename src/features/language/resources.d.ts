/**
 * Typed translation keys, from the source language's files: a key that does not exist in
 * locales/zh fails the typecheck. Partner and community texts are keyed by the data's ids, which
 * the code does not know; they are read as data (see features/partners/hooks/use-partner-text.ts).
 */
import type common from '../../../locales/zh/common.json';
import type kiosk from '../../../locales/zh/kiosk.json';
import type program from '../../../locales/zh/program.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      program: typeof program;
      kiosk: typeof kiosk;
      partners: Record<string, Record<string, string>>;
      community: Record<string, string>;
    };
  }
}
