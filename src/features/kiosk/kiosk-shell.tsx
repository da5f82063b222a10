import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTexts } from '@/shared/hooks/use-texts';
import { useIdleTimer } from '@/shared/hooks/use-idle-timer';
import { updateUrl, useSearchParams } from '@/shared/hooks/use-url-state';
import { AttractLoop } from './attract-loop';
import { IdleWarning } from './idle-warning';
import { homePatch } from './kiosk-home';
import type { KioskItem, KioskJoin } from './kiosk-item';
import { kioskSettings } from './kiosk-settings';
import { OfflineIndicator } from './offline-indicator';
import { useBurnInDrift } from './use-burn-in-drift';
import { useHiddenCursor } from './use-hidden-cursor';
import { useLockdown } from './use-lockdown';
import './kiosk.css';

export interface KioskShellProps {
  items: readonly KioskItem[];
  /** The call to join, a slide in every loop. */
  join: KioskJoin;
  renderLogo: (item: KioskItem) => ReactNode;
  /** The showcase's browse view (filter, language switch, detail), as app/ composes it for the kiosk. */
  renderBrowse: () => ReactNode;
  renderLanguageSwitch?: () => ReactNode;
  /** Opens one testimonial in the browse view's detail. */
  onOpenItem: (id: string) => void;
  /** The language every reset returns to. */
  homeLanguage: string;
  /** Runs at each idle reset: the one moment a waiting update may be applied. */
  onIdleReset?: () => void;
}

/** After a touch, rotation waits twice a fixed slide time, or 20 s when slides take their reading time. */
function holdMsFor(rotateMs: number | null): number {
  return rotateMs === null ? 20_000 : Math.max(2 * rotateMs, 5_000);
}

/**
 * The booth display: the attract loop until someone taps, then the browse view until they leave.
 * After `idle` seconds without input everything a visitor changed (language, filters, search, open
 * detail, scroll, paused rotation) goes back to the start. All of it lives in the URL, the mode
 * and the remounted attract loop, so one reset covers it all.
 */
export function KioskShell({
  items,
  join,
  renderLogo,
  renderBrowse,
  renderLanguageSwitch,
  onOpenItem,
  homeLanguage,
  onIdleReset,
}: KioskShellProps) {
  const { tx } = useTexts('kiosk');
  const { rotateMs, idleMs, warningMs } = kioskSettings(useSearchParams());
  const [mode, setMode] = useState<'attract' | 'browse'>('attract');
  const [generation, setGeneration] = useState(0);
  // Set by any input since the last reset; an untouched attract loop is never reset mid-rotation.
  const touched = useRef(false);
  const browse = useRef<HTMLDivElement>(null);
  useLockdown();
  useHiddenCursor();
  useBurnInDrift();

  const reset = () => {
    touched.current = false;
    updateUrl(homePatch(new URLSearchParams(window.location.search), homeLanguage), { history: 'replace', state: {} });
    setMode('attract');
    setGeneration((value) => value + 1);
    window.scrollTo(0, 0);
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
  const idle = useIdleTimer({
    timeoutMs: idleMs,
    warningMs: mode === 'browse' ? warningMs : 0,
    onIdle: () => {
      if (touched.current || mode === 'browse') reset();
      onIdleReset?.();
    },
  });

  useEffect(() => {
    if (mode === 'browse') browse.current?.focus({ preventScroll: true });
  }, [mode]);

  const markTouched = () => {
    touched.current = true;
  };
  return (
    <div className="kiosk" onPointerDownCapture={markTouched} onKeyDownCapture={markTouched}>
      {mode === 'attract' ? (
        <main className="kiosk-main">
          <AttractLoop
            key={generation}
            items={items}
            join={join}
            renderLogo={renderLogo}
            rotateMs={rotateMs}
            holdMs={holdMsFor(rotateMs)}
            onOpen={(item) => {
              onOpenItem(item.id);
              setMode('browse');
            }}
            onExplore={() => setMode('browse')}
            languageSwitch={renderLanguageSwitch?.()}
          />
        </main>
      ) : (
        <div ref={browse} className="kiosk-browse" tabIndex={-1}>
          <div className="kiosk-browse__bar kiosk-drift">
            <button type="button" className="button kiosk-browse__back" onClick={reset}>
              <span className="kiosk-icon kiosk-icon--previous" aria-hidden="true" />
              {tx('back')}
            </button>
          </div>
          {renderBrowse()}
        </div>
      )}
      <OfflineIndicator />
      {idle.remainingMs !== null && <IdleWarning seconds={Math.ceil(idle.remainingMs / 1000)} onStay={idle.stay} />}
    </div>
  );
}
