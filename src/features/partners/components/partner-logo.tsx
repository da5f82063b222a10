import { useState } from 'react';
import './partner-logo.css';

interface PartnerLogoProps {
  /** An official logo file, or null: the neutral name tile. */
  src: string | null;
  name: string;
  size?: 'small' | 'large';
}

/**
 * The letters of the tile: one Han character for a Chinese name (华为云 → 华), a number as it is
 * (360), else the initials of the first two words, or of a word's capitals (Huawei Cloud → HC,
 * BoCloud → BC, 4Paradigm → 4P, Baidu → B).
 */
export function monogramOf(name: string): string {
  const trimmed = name.trim();
  const first = [...trimmed][0] ?? '?';
  if (/\p{Script=Han}/u.test(first)) return first;
  const number = /^\p{N}{1,3}(?=\s|$)/u.exec(trimmed);
  if (number) return number[0];
  const words = trimmed.split(/[\s\-–—·/&]+/u).filter(Boolean);
  if (words.length >= 2)
    return words
      .slice(0, 2)
      .map((word) => [...word][0]!.toUpperCase())
      .join('');
  // A capital that starts a part of the word (BoCloud, 4Paradigm), not one of an acronym (BOSS).
  const letters = [...trimmed];
  const capital = letters.find((letter, index) => index > 0 && /\p{Lu}/u.test(letter) && !/\p{Lu}/u.test(letters[index - 1]!));
  return (first + (capital ?? '')).toUpperCase();
}

/**
 * A partner's mark. Until an organisation supplies its official logo, a neutral tile with the
 * letters of its name, set in the page's own type and colours, the same for everyone: it cannot
 * be taken for the organisation's mark, and the name itself is the card's heading. An official
 * file is an <img> (SVG is never inlined); should it fail to load, the tile takes its place,
 * never a broken-image icon. Decorative either way: the heading names the organisation.
 */
export function PartnerLogo({ src, name, size = 'small' }: PartnerLogoProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (!src || failedSrc === src) {
    return (
      <span className={`partner-logo partner-logo--${size} partner-logo--tile`} aria-hidden="true">
        <span className="partner-logo__letters">{monogramOf(name)}</span>
      </span>
    );
  }
  return (
    <span className={`partner-logo partner-logo--${size} partner-logo--file`}>
      <img src={src} alt="" width={240} height={80} decoding="async" onError={() => setFailedSrc(src)} />
    </span>
  );
}
