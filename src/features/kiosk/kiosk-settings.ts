/**
 * The kiosk's settings come from its URL (?kiosk=1&rotate=10&idle=60&lng=zh), the one place booth
 * staff configure it. Bad values fall back to the defaults instead of breaking the display.
 */
/** The quickest rotation: a testimonial must stay long enough to be read, whatever the URL asks. */
export const MIN_ROTATE_SECONDS = 3;
export const DEFAULT_IDLE_SECONDS = 60;
const WARNING_SECONDS = 20;

/** The parameters that describe the kiosk itself; everything else in the URL is a visitor's state. */
export const KIOSK_PARAMS = ['kiosk', 'rotate', 'idle', 'lng'] as const;

/** Seconds from the URL (decimals allowed), clamped to a sane range, else the fallback. */
export function parseSeconds(value: string | null, fallback: number, min: number, max: number): number {
  if (value === null || value.trim() === '') return fallback;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) return fallback;
  return Math.min(Math.max(seconds, min), max);
}

/**
 * The "Still there?" warning: the last 20 seconds before the reset (WCAG 2.2.1 asks for at least
 * 20 s to respond), or the last quarter when idle is under 40 s, so a short idle (demos, tests)
 * still leaves most of the time free of warnings.
 */
export function warningMsFor(idleMs: number): number {
  return idleMs >= 2 * WARNING_SECONDS * 1000 ? WARNING_SECONDS * 1000 : idleMs / 4;
}

export interface KioskSettings {
  /** A fixed time per slide, or null: each slide stays as long as its text takes to read. */
  rotateMs: number | null;
  idleMs: number;
  warningMs: number;
}

/** Plain functions of the URL, no React: the page's entry reads the kiosk flag before the app exists. */
export function kioskSettings(params: URLSearchParams): KioskSettings {
  // No rotate= (or nonsense): 0, which means each slide's own reading time.
  const rotateSeconds = parseSeconds(params.get('rotate'), 0, MIN_ROTATE_SECONDS, 3_600);
  const rotateMs = rotateSeconds > 0 ? rotateSeconds * 1000 : null;
  const idleMs = parseSeconds(params.get('idle'), DEFAULT_IDLE_SECONDS, 1, 86_400) * 1000;
  return { rotateMs, idleMs, warningMs: warningMsFor(idleMs) };
}
