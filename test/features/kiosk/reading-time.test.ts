import { describe, expect, it } from 'vitest';
import { MAX_SLIDE_MS, MIN_SLIDE_MS, readingLoad, readingTimeMs } from '@/features/kiosk/reading-time';
import { attractSlides, slideDurationMs } from '@/features/kiosk/attract-slides';
import { item } from './render-kiosk';

describe('reading time of a slide', () => {
  it('counts Chinese by characters and everything else by words, a Latin word in Chinese as one word', () => {
    expect(readingLoad('系统可支持10多万核的节点调度，加快了业务创新。')).toEqual({ characters: 20, words: 1 });
    expect(readingLoad('使用Volcano将会为集群资源使用率带来显著的提升。')).toEqual({ characters: 19, words: 1 });
    expect(readingLoad('Volcano’s gang-scheduling can’t wait: 100,000 cores.')).toEqual({ characters: 0, words: 6 });
  });

  it('gives 2 s to find the text, then 250 characters or 160 words a minute', () => {
    // 50 characters: 2 s + 12 s.
    expect(readingTimeMs('华'.repeat(50))).toBe(14_000);
    // 40 words: 2 s + 15 s.
    expect(readingTimeMs('word '.repeat(40))).toBe(17_000);
    // 25 characters and 2 words: 2 s + 6 s + 0.75 s.
    expect(readingTimeMs(`${'字'.repeat(25)} Volcano CNCF`)).toBe(8_750);
  });

  it('stays within sensible bounds, and adds time a slide needs on top of reading', () => {
    expect(readingTimeMs('Hi.')).toBe(MIN_SLIDE_MS);
    expect(readingTimeMs('')).toBe(MIN_SLIDE_MS);
    expect(readingTimeMs('word '.repeat(1_000))).toBe(MAX_SLIDE_MS);
    expect(readingTimeMs('华'.repeat(50), 6_000)).toBe(20_000);
  });

  it('times the highlight, the quote without one, the join slide with time to scan, or rotate= for all', () => {
    const [withHighlight, withoutHighlight, join] = attractSlides([item('a', 'A', 'word '.repeat(40)), item('b', 'B', null)]);
    expect(slideDurationMs(withHighlight!, null, '')).toBe(17_000);
    expect(slideDurationMs(withoutHighlight!, null, '')).toBe(
      readingTimeMs('What B says about Volcano, at length: B schedules with Volcano.'),
    );
    expect(slideDurationMs(join!, null, '华'.repeat(50))).toBe(20_000);
    for (const slide of [withHighlight!, withoutHighlight!, join!]) expect(slideDurationMs(slide, 4_500, '华'.repeat(50))).toBe(4_500);
  });
});
