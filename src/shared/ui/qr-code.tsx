import { builtQrCodes } from 'virtual:qr-codes';
import { lazyPart } from './lazy-part';
import { QrSvg } from './qr-svg';

const QrCodeSvg = lazyPart(() => import('./qr-code-svg').then((module) => module.QrCodeSvg));
const BUILT = new Map(Object.entries(builtQrCodes));

/**
 * A QR code. One the build knows (the program's join link, vite.config.ts) comes drawn: no
 * encoder to download and no encoding while the page becomes interactive (drawing one in the
 * browser takes some 50 ms of main thread). Any other (a partner's link in the kiosk) is drawn by
 * an encoder that is a chunk of its own, loaded as soon as the code is rendered. The box keeps its
 * size and its accessible name while that loads, so nothing moves and nothing is missing for a
 * screen reader; should the encoder not download, the box stays as it is until a retry brings it.
 */
export function QrCode({ value, label, size = 176 }: { value: string; label: string; size?: number }) {
  const built = BUILT.get(value);
  // A plain box, no pulse: the code comes in a moment, usually before anyone looks down there.
  const waiting = <div className="qr-code__waiting" role="img" aria-label={label} style={{ width: size, height: size }} />;
  return (
    <div className="qr-code" style={{ width: size, height: size }}>
      {built ? (
        <QrSvg code={built} label={label} size={size} />
      ) : (
        <QrCodeSvg value={value} label={label} size={size} loading={waiting} failed={() => waiting} />
      )}
    </div>
  );
}
