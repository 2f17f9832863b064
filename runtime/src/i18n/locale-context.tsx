import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { enUS, Messages, zhCN } from './messages';

export type Locale = 'zh-CN' | 'en-US';

interface LocaleValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** Looks up a message and fills `{name}` placeholders. */
  t(key: keyof Messages, values?: Record<string, string | number>): string;
}

const LocaleContext = createContext<LocaleValue | undefined>(undefined);
const STORAGE_KEY = 'flowhall.locale';

/** The language the page shows now (what the user picked, else Chinese). */
export function currentLocale(): Locale {
  return initialLocale();
}

function initialLocale(): Locale {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  const value = useMemo<LocaleValue>(() => {
    const messages = locale === 'en-US' ? enUS : zhCN;
    return {
      locale,
      setLocale,
      t: (key, values) =>
        messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
          values && name in values ? String(values[name]) : whole,
        ),
    };
  }, [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale must be used inside <LocaleProvider>');
  return value;
}
