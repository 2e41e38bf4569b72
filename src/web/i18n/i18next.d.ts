import 'i18next';
import type { NlTexts } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: NlTexts };
  }
}
