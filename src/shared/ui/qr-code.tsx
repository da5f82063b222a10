import { lazyPart } from './lazy-part';

const QrCodeSvg = lazyPart(() => import('./qr-code-svg').then((module) => module.QrCodeSvg));

/**
 * A QR code whose library is a chunk of its own, loaded as soon as a code is rendered (on the web
 * page that is with the sections below the list, after the first screen is interactive; find in
 * page, printing and screen readers need no scrolling to reach it). The box keeps its size and its
 * accessible name while the library loads, so nothing moves and nothing is missing for a screen
 * reader; should the library not download, the box stays as it is until a retry brings the code.
 */
export function QrCode({ value, label, size = 176 }: { value: string; label: string; size?: number }) {
  // A plain box, no pulse: the code comes in a moment, usually before anyone looks down there.
  const waiting = <div className="qr-code__waiting" role="img" aria-label={label} style={{ width: size, height: size }} />;
  return (
    <div className="qr-code" style={{ width: size, height: size }}>
      <QrCodeSvg value={value} label={label} size={size} loading={waiting} failed={() => waiting} />
    </div>
  );
}
