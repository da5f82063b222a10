import { lazy, Suspense, useRef } from 'react';
import { useNearViewport } from '../shared/hooks/use-near-viewport';
import type { ProgramSectionsProps } from './program-sections';

// The sections below the list load their code and their texts (the program and community
// namespaces) as a visitor scrolls towards them: none of it is part of the first download.
const ProgramSections = lazy(() => import('./program-sections').then((module) => ({ default: module.ProgramSections })));

export function LaterSections(props: ProgramSectionsProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const near = useNearViewport(sentinel);
  if (!near) return <div ref={sentinel} />;
  return (
    <Suspense fallback={null}>
      <ProgramSections {...props} />
    </Suspense>
  );
}
