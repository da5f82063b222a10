import type { i18n as I18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { nativeNameOf } from '@/features/language/locales';
import { htmlLangOf } from '@/shared/lib/html-lang';

/** The namespaces that hold the interface's own texts, shown key by key (the content namespaces have rows of their own). */
export const INTERFACE_NAMESPACES = ['common', 'kiosk'] as const;

interface Column {
  lng: string;
  i18n: I18n;
  /** Settles once the column's files are in (every namespace: see compare-view.tsx). */
  ready: Promise<unknown>;
}

/** Every key of a bundle, plural forms included ("idle.body_one"), in the file's order. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** A key's text in a column's language, or the fallback that stands in for it (with its language), or nothing. */
function textOf({ lng, i18n }: Column, ns: string, key: string): { text: string; lang: string } | null {
  for (const code of [lng, ...i18n.languages.filter((other) => other !== lng)]) {
    const value: unknown = i18n.getResource(code, ns, key);
    if (typeof value === 'string' && value !== '') return { text: value, lang: code };
  }
  return null;
}

/** True once every column's files are in. */
function useColumnsReady(columns: readonly Column[]): boolean {
  const [ready, setReady] = useState<readonly Column[] | null>(null);
  useEffect(() => {
    let current = true;
    void Promise.all(columns.map((column) => column.ready)).then(() => current && setReady(columns));
    return () => {
      current = false;
    };
  }, [columns]);
  return ready === columns;
}

/**
 * The interface's own texts (buttons, labels, messages, the booth display), one row per key and
 * one column per language, for a reviewer checking a translation line by line. A text a language
 * lacks shows its fallback, marked, and the key says where to put the translation.
 */
export function CompareTexts({
  columns,
  ns,
  caption,
  keyLabel,
  fallbackNote,
}: {
  columns: readonly Column[];
  ns: string;
  caption: ReactNode;
  keyLabel: ReactNode;
  fallbackNote: (lng: string) => ReactNode;
}) {
  const ready = useColumnsReady(columns);
  if (!ready) return <div className="skeleton skeleton--block" />;
  const keys = [...new Set(columns.flatMap(({ lng, i18n }) => keysOf(i18n.getResourceBundle(lng, ns))))];
  return (
    <table className="compare__texts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          {columns.map(({ lng }) => (
            <th key={lng} scope="col" lang={htmlLangOf(lng)}>
              {nativeNameOf(lng)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key}>
            <th scope="row" className="compare__key">
              {ns}:{key}
            </th>
            {columns.map((column) => {
              const found = textOf(column, ns, key);
              const fallback = found !== null && found.lang !== column.lng;
              return (
                <td key={column.lng} className={fallback ? 'compare__fallback' : undefined} lang={htmlLangOf(found?.lang ?? column.lng)}>
                  {found?.text ?? '—'}
                  {fallback && <span className="compare__fallback-note">{fallbackNote(found.lang)}</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
