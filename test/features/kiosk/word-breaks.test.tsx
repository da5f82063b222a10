import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withWordBreaks } from '@/features/kiosk/word-breaks';

/** The text as lines may break it: "|" where a <wbr> allows a break. */
function breaks(text: string, lang: string): string {
  const { container } = render(<p>{withWordBreaks(text, lang)}</p>);
  return [...container.firstChild!.childNodes].map((node) => (node.nodeName === 'WBR' ? '|' : node.textContent)).join('');
}

describe('line breaks for display type', () => {
  it('lets Chinese break only between words, never before punctuation', () => {
    const text = '华为云希望携手合作伙伴启动Volcano社区共建计划，共同打造繁荣的社区生态。';
    const marked = breaks(text, 'zh-CN');
    expect(marked.replaceAll('|', '')).toBe(text);
    expect(marked).toContain('合作|伙伴');
    expect(marked).not.toMatch(/合\||\|作|伙\||\|伴/);
    expect(marked).not.toMatch(/\|[，。]/);
  });

  it('keeps the last two words of spaced text together, so none stands alone on the last line', () => {
    expect(withWordBreaks('help companies go cloud native faster.', 'en')).toBe('help companies go cloud native\u00a0faster.');
    expect(withWordBreaks('Volcano.', 'en')).toBe('Volcano.');
    expect(withWordBreaks('Take the booth tour', 'en', { holdLastWords: false })).toBe('Take the booth tour');
  });
});
