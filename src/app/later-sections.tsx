import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNearViewport } from '@/shared/hooks/use-near-viewport';
import { lazyPart } from '@/shared/ui/lazy-part';
import { RetryNotice } from '@/shared/ui/retry-notice';
import type { ProgramSectionsProps } from './program-sections';

// The sections below the list load their code and their texts (the program and community
// namespaces) as a visitor scrolls towards them: none of it is part of the first download.
const ProgramSections = lazyPart(() => import('./program-sections').then((module) => module.ProgramSections));

export function LaterSections(props: ProgramSectionsProps) {
  const { t } = useTranslation();
  const sentinel = useRef<HTMLDivElement>(null);
  const near = useNearViewport(sentinel);
  if (!near) return <div ref={sentinel} />;
  return (
    <ProgramSections
      {...props}
      failed={(retry) => <RetryNotice message={t('error.part')} retryLabel={t('error.retry')} onRetry={retry} />}
    />
  );
}
