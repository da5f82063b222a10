import { useRef } from 'react';
import { useNearViewport } from '@/shared/hooks/use-near-viewport';
import { lazyPart } from './lazy-part';

const QrCodeSvg = lazyPart(() => import('./qr-code-svg').then((module) => module.QrCodeSvg));

/**
 * A QR code whose library loads only when one is about to be seen (on the web page it sits far
 * below the fold; in the kiosk it is on screen and loads at once). The box keeps its size and its
 * accessible name meanwhile, so nothing moves and nothing is missing for a screen reader; should
 * the library not download, the box stays as it is until a retry brings the code.
 */
export function QrCode({ value, label, size = 176 }: { value: string; label: string; size?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  const loading = <div className="skeleton" role="img" aria-label={label} style={{ width: size, height: size }} />;
  // Not a loading state (nothing is being fetched yet): a plain box, no pulse.
  const waiting = <div role="img" aria-label={label} style={{ width: size, height: size, background: 'var(--surface-muted)' }} />;
  return (
    <div ref={box} className="qr-code" style={{ width: size, height: size }}>
      {near ? <QrCodeSvg value={value} label={label} size={size} loading={loading} failed={() => waiting} /> : waiting}
    </div>
  );
}
