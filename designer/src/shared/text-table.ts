/**
 * A feature's own words in Chinese (first, the default) and English, picked by the host's locale.
 * Each feature keeps its table next to its code: there is no global message registry.
 * `{name}` placeholders are filled from `values`.
 */
export type DesignerLocale = 'zh-CN' | 'en-US';

export type TextOf<K extends string> = (key: K, values?: Record<string, string | number>) => string;

export function textTable<K extends string>(zh: Record<K, string>, en: Record<K, string>) {
  return (locale: DesignerLocale): TextOf<K> => {
    const messages = locale === 'en-US' ? en : zh;
    return (key, values = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in values ? String(values[name]) : whole,
      );
  };
}
