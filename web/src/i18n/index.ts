// Language choice (English or German; the seed page is German) and text lookup with {placeholders}.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { de } from './de';
import { en, type Messages } from './en';

export type Lang = 'en' | 'de';
export type MessageKey = keyof Messages;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const dictionaries: Record<Lang, Messages> = { en, de };
const LANG_KEY = 'contactsync.lang';

export function initialLang(hint?: string): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const stored = localStorage.getItem(LANG_KEY);
  const candidate = fromUrl ?? stored ?? hint ?? navigator.language;
  return candidate?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function rememberLang(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
}

export function translator(lang: Lang): Translate {
  const messages = dictionaries[lang];
  return (key, values) => {
    let text: string = messages[key] ?? en[key] ?? key;
    if (values) {
      for (const [name, value] of Object.entries(values)) {
        text = text.split(`{${name}}`).join(String(value));
      }
    }
    return text;
  };
}

export interface I18n {
  lang: Lang;
  t: Translate;
  formatTime: (date: Date | undefined) => string;
}

export const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en'), formatTime: (d) => d?.toLocaleString() ?? '' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
