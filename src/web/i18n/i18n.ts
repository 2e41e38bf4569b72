import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TEXT_PARTS, type TextPart } from './resources';

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

/** The parts the screens opened so far needed; a switch of language reads them in the new language. */
const needed = new Set<TextPart>(['core']);
const reading = new Map<string, Promise<void>>();

function readPart(part: TextPart, language: Language): Promise<void> {
  const key = `${part}.${language}`;
  let done = reading.get(key);
  if (!done) {
    done = TEXT_PARTS[part][language]().then((m) => {
      i18next.addResourceBundle(language, 'translation', m.default, true, true);
    });
    // A failed read (a lost connection) may be tried again with the next screen.
    done.catch(() => reading.delete(key));
    reading.set(key, done);
  }
  return done;
}

/**
 * Reads the texts of the given parts in the language shown, before the screen that needs them renders.
 * The route table (app.tsx) names each screen's parts.
 */
export async function loadTexts(parts: readonly TextPart[]): Promise<void> {
  for (const part of parts) needed.add(part);
  const language = currentLanguage(i18next.resolvedLanguage ?? i18next.language);
  await Promise.all(parts.map((part) => readPart(part, language)));
}

/** Switches the language once every text part read so far is there in the new language. */
export async function switchLanguage(language: Language): Promise<void> {
  await Promise.all([...needed].map((part) => readPart(part, language)));
  await i18next.changeLanguage(language);
}

/** Dutch by default, English as a switch; the choice is remembered and sets <html lang>. */
export async function setUpI18n(): Promise<void> {
  const lng = storedLanguage();
  i18next.on('languageChanged', remember);
  const core = await TEXT_PARTS.core[lng]();
  reading.set(`core.${lng}`, Promise.resolve());
  await i18next.use(initReactI18next).init({
    resources: { [lng]: { translation: core.default } },
    // Only the language shown is read; the others come with a switch (switchLanguage).
    partialBundledLanguages: true,
    lng,
    fallbackLng: 'nl',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false }, // React escapes
    // Every key is type-checked, so a text not found means a screen opened without its part (loadTexts):
    // said in the console, where the browser journeys catch it.
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`Text not loaded: ${key}`),
  });
  remember(lng);
}

export function currentLanguage(language: string | undefined): Language {
  return language === 'en' ? 'en' : 'nl';
}
