import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '@test/support/render-app';

async function programIn(lng: 'zh' | 'en') {
  await renderApp({ lng });
  return screen.findByRole('region', { name: lng === 'zh' ? '关于 Volcano' : 'About Volcano' });
}

const figures = (section: HTMLElement) =>
  within(section)
    .getAllByRole('definition')
    .map((figure) => figure.textContent);

describe('the program section', () => {
  it('formats the community figures for Chinese', async () => {
    expect(figures(await programIn('zh'))).toEqual(['5.8万+', '3200+', '730+', '50+']);
  });

  it('formats the community figures for English', async () => {
    expect(figures(await programIn('en'))).toEqual(['58,000+', '3,200+', '730+', '50+']);
  });

  it('lists the main capabilities and what members get', async () => {
    const section = await programIn('en');
    expect(within(section).getByText(/Spark, Flink, PyTorch, MPI, TensorFlow/)).toBeInTheDocument();
    expect(within(section).getByText(/min-max queues/)).toBeInTheDocument();
    expect(within(section).getByText('Technical guidance')).toBeInTheDocument();
    expect(within(section).getByText('wang.platform@gmail.com')).toBeInTheDocument();
  });

  it('offers a labelled QR code and a safe application link', async () => {
    const section = await programIn('zh');
    expect(await within(section).findByRole('img', { name: '二维码：Volcano 社区共建计划申请表' })).toBeInTheDocument();
    const link = within(section).getByRole('link', { name: /打开申请表/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('draws the QR code as SVG, not as an image file', async () => {
    const section = await programIn('en');
    const qr = await within(section).findByRole('img', { name: 'QR code: Volcano community co-construction program application form' });
    await within(section).findByTitle('QR code: Volcano community co-construction program application form');
    expect(section.querySelector('.qr-code svg')).not.toBeNull();
    expect(section.querySelector('.qr-code img')).toBeNull();
    expect(qr).toBeInTheDocument();
  });
});
