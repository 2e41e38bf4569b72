import 'i18next';
import type { nlTexts } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nlTexts };
  }
}
