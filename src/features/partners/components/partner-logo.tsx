import { useState } from 'react';
import './partner-logo.css';

interface PartnerLogoProps {
  src: string | null;
  name: string;
  size?: 'small' | 'large';
}

function monogramOf(name: string): string {
  const letters = [...name.trim()];
  // Two Latin letters read as a monogram; one Han character already does.
  return /^[\p{Script=Han}]/u.test(name) ? (letters[0] ?? '?') : letters.slice(0, 2).join('').toUpperCase();
}

/**
 * The partner's logo as an <img> (SVG is never inlined). The name is the card's heading, so the
 * image is decorative. A missing or broken file shows a monogram, never a broken-image icon.
 */
export function PartnerLogo({ src, name, size = 'small' }: PartnerLogoProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (!src || failedSrc === src) {
    return (
      <span className={`partner-logo partner-logo--${size} partner-logo--monogram`} aria-hidden="true">
        {monogramOf(name)}
      </span>
    );
  }
  return (
    <img
      className={`partner-logo partner-logo--${size}`}
      src={src}
      alt=""
      width={240}
      height={80}
      decoding="async"
      onError={() => setFailedSrc(src)}
    />
  );
}
