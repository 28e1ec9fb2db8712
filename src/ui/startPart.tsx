import { lazy, type ComponentType } from 'react';

/** A heavy part of the page (the map, the terminal), in its own chunk. */
export interface Part {
  readonly Component: ComponentType;
  /** Settles once the chunk has arrived or failed. */
  readonly settled: Promise<void>;
}

/**
 * Starts loading a part now. Once its chunk has arrived the part renders at once; before that (or when the
 * chunk failed) it renders lazily, suspending to its Suspense boundary or throwing to its error boundary.
 * A part rendered whole avoids React's reveal throttle, which holds content that resolves after its loading
 * line was shown for up to 300 ms.
 */
export function startPart(load: () => Promise<{ readonly default: ComponentType }>): Part {
  const chunk = load();
  const Lazy = lazy(() => chunk);
  let Loaded: ComponentType | null = null;
  const settled = chunk.then(
    (m) => { Loaded = m.default; },
    () => undefined,
  );
  function Component() {
    const Ready = Loaded;
    return Ready ? <Ready /> : <Lazy />;
  }
  return { Component, settled };
}
