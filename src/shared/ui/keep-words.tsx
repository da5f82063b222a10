import type { ReactNode } from 'react';

/** A word joined by hyphens ("Co-construction"), which a browser may otherwise break after the hyphen. */
const HYPHENATED = /(\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)+)/u;

/**
 * Keeps hyphenated words of a heading on one line: "Co-/construction" split over two lines of a
 * large heading reads as two words. CSS has no switch for breaks at a visible hyphen, so each such
 * word is wrapped in a span that does not wrap; the text itself (find in page, copy, screen
 * readers) is unchanged. Text that is not a plain string (a fallback in another language) is left as it is.
 */
export function KeepWords({ children }: { children: ReactNode }) {
  if (typeof children !== 'string') return children;
  const parts = children.split(HYPHENATED);
  if (parts.length === 1) return children;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <span key={index} className="keep-word">
        {part}
      </span>
    ) : (
      part
    ),
  );
}
