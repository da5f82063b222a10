import { useEffect, useState } from 'react';

/** Set once the document has painted after a caller mounted: from then on nothing waits. */
let painted = false;

/**
 * False on the page's first render, true once the browser has painted that render (the task after
 * the next animation frame), and true at once for every caller after that. The web page uses it
 * to paint its header text first and lay out the list in the next frame, so the first words
 * are not held back by the cards' layout; later mounts (the kiosk's browse view) never wait.
 */
export function useAfterFirstPaint(): boolean {
  const [done, setDone] = useState(painted);
  useEffect(() => {
    if (done) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      painted = true;
      setDone(true);
    };
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(finish, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [done]);
  return done;
}
