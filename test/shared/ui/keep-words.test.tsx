import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KeepWords } from '@/shared/ui/keep-words';

const kept = (container: HTMLElement) => [...container.querySelectorAll('.keep-word')].map((word) => word.textContent);

describe('KeepWords', () => {
  it('holds each hyphenated word together and leaves the text as it was', () => {
    const { container } = render(
      <h1>
        <KeepWords>{'An open co-construction effort, state-of-the-art'}</KeepWords>
      </h1>,
    );
    expect(kept(container)).toEqual(['co-construction', 'state-of-the-art']);
    expect(container.textContent).toBe('An open co-construction effort, state-of-the-art');
  });

  it('leaves text without such words, Chinese text and other content alone', () => {
    expect(kept(render(<KeepWords>{'开源社区共建'}</KeepWords>).container)).toEqual([]);
    expect(kept(render(<KeepWords>{'a - b'}</KeepWords>).container)).toEqual([]);
    const { container } = render(
      <KeepWords>
        <span lang="zh-CN">共建-计划</span>
      </KeepWords>,
    );
    expect(container.innerHTML).toBe('<span lang="zh-CN">共建-计划</span>');
  });
});
