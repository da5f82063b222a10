import { describe, expect, it } from 'vitest';
import { siteBaseUrl, webDeepLink } from '@/shared/lib/site-url';

describe('web deep links', () => {
  it('uses the configured site URL when it is absolute', () => {
    expect(siteBaseUrl('https://volcano.example/partners')).toBe('https://volcano.example/partners/');
    expect(webDeepLink({ partner: 'baidu', lng: 'en' }, 'https://volcano.example/partners/')).toBe(
      'https://volcano.example/partners/?partner=baidu&lng=en',
    );
  });

  it('uses the page origin when the site URL is "/"', () => {
    expect(siteBaseUrl('/')).toBe(`${window.location.origin}/`);
    expect(webDeepLink({ partner: '360', lng: 'zh' }, siteBaseUrl('/'))).toBe(`${window.location.origin}/?partner=360&lng=zh`);
  });
});
