import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JOIN_SECTION_ID } from '@/features/program/program-facts';
import { whenIdle } from '@/shared/lib/when-idle';
import { lazyPart } from '@/shared/ui/lazy-part';
import { RetryNotice } from '@/shared/ui/retry-notice';
import type { ProgramSectionsProps } from './program-sections';

// The sections below the list load their code and their texts (the program and community
// namespaces) once the first screen is interactive, not as part of its download, and without
// waiting for a visitor to scroll: find-in-page, printing, screen-reader heading navigation and
// search engines see the whole page within moments of load.
const ProgramSections = lazyPart(() => import('./program-sections').then((module) => module.ProgramSections));

const askedToJoin = () => window.location.hash === `#${JOIN_SECTION_ID}`;

export function LaterSections(props: ProgramSectionsProps) {
  const { t } = useTranslation();
  const [idle, setIdle] = useState(false);
  // Rendered in slices: a visitor's tap while the sections render is handled at once.
  useEffect(() => whenIdle(() => startTransition(() => setIdle(true))), []);
  // The header's "Join the program" (or a shared #join link) wants them now, not when the page is idle.
  useEffect(() => {
    const onHash = () => {
      if (askedToJoin()) setIdle(true);
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (!idle) return null;
  return (
    <ProgramSections
      {...props}
      failed={(retry) => <RetryNotice message={t('error.part')} retryLabel={t('error.retry')} onRetry={retry} />}
    />
  );
}
