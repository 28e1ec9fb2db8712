import { useEffect, useRef } from 'react';

/** While `playing`, calls `advance` every 1000 / `speed` ms (one event per second at 1x); stops calling when it returns false. */
export function usePlayback(playing: boolean, speed: number, advance: () => boolean, stop: () => void) {
  const latest = useRef({ advance, stop });
  useEffect(() => {
    latest.current = { advance, stop };
  });
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      if (!latest.current.advance()) latest.current.stop();
    }, 1000 / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed]);
}
