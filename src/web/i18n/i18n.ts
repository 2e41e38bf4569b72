import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { enTexts, nlTexts } from './resources';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'duiden.taal';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

function remember(language: string): void {
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
}

/** Dutch by default, English as a switch; the choice is remembered and sets <html lang>. */
export async function setUpI18n(): Promise<void> {
  const lng = storedLanguage();
  i18next.on('languageChanged', remember);
  await i18next.use(initReactI18next).init({
    // `satisfies` in both directions: a key missing from either file fails the type check.
    resources: {
      nl: { translation: nlTexts satisfies typeof enTexts },
      en: { translation: enTexts satisfies typeof nlTexts },
    },
    lng,
    fallbackLng: 'nl',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes
  });
  remember(lng);
}

export function currentLanguage(language: string | undefined): Language {
  return language === 'en' ? 'en' : 'nl';
}
