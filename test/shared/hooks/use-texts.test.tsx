import { render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/features/language/i18n';
import { useTexts } from '@/shared/hooks/use-texts';

async function englishPage() {
  const { i18n, ready } = createI18n('en', { document: false, namespaces: ['common', 'partners'] });
  await ready;
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return { i18n, wrapper };
}

describe('useTexts', () => {
  it('keeps tx the same function across renders when the namespaces are written inline', async () => {
    const { wrapper } = await englishPage();
    // A new array at every render, as a component writes it.
    const { result, rerender } = renderHook(() => useTexts(['common', 'partners']), { wrapper });
    const first = result.current.tx;
    rerender();
    expect(result.current.tx).toBe(first);
  });

  it('looks a text up in every namespace named, and marks one from a fallback language with it', async () => {
    const { i18n, wrapper } = await englishPage();
    // Test data: one text only the source language (Chinese) has, in the second namespace named.
    i18n.addResource('zh', 'partners', 'onlyInChinese', '只有中文');
    const { result } = renderHook(() => useTexts(['common', 'partners']), { wrapper });
    render(<p>{result.current.tx('partners:onlyInChinese' as never)}</p>);
    expect(screen.getByText('只有中文')).toHaveAttribute('lang', 'zh-CN');
    render(<p data-testid="own">{result.current.tx('app.title')}</p>);
    // A text the page's own language has is plain text, with no element of its own.
    expect(screen.getByTestId('own').children).toHaveLength(0);
    expect(screen.getByTestId('own')).toHaveTextContent(i18n.t('app.title'));
  });
});
