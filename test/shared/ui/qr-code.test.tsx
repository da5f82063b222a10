import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JOIN_URL } from '@/features/program/program-facts';
import { drawQrCode } from '@/shared/lib/qr-matrix';
import { QrCode } from '@/shared/ui/qr-code';

describe('QrCode', () => {
  it('shows the code the build drew in its first render, with no encoder to wait for', () => {
    render(<QrCode value={JOIN_URL} label="Scan to join" />);
    const code = screen.getByRole('img', { name: 'Scan to join' });
    expect(code.tagName.toLowerCase()).toBe('svg');
    expect(code.querySelector('path')?.getAttribute('d')).toBe(drawQrCode(JOIN_URL).path);
  });

  it('draws any other value in the browser, holding the place with a box of the same name meanwhile', async () => {
    const value = 'https://example.org/partner';
    const { container } = render(<QrCode value={value} label="Scan for the partner" size={120} />);
    const waiting = screen.getByRole('img', { name: 'Scan for the partner' });
    expect(waiting.tagName.toLowerCase()).toBe('div');
    expect(waiting).toHaveStyle({ width: '120px', height: '120px' });
    await screen.findByTitle('Scan for the partner');
    expect(container.querySelector('svg path')?.getAttribute('d')).toBe(drawQrCode(value).path);
    expect(container.querySelector('svg')).toHaveAttribute('width', '120');
  });
});
