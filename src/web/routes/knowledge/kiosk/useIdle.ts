/** Calls back after a period with no touch, click or key, so a kiosk forgets the last reader. */
import { useEffect, useRef } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/** Runs `onIdle` once `seconds` pass without activity anywhere on the page (and again after each later pause). */
export function useIdle(seconds: number, onIdle: () => void): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);
  useEffect(() => {
    let timer = window.setTimeout(() => callback.current(), seconds * 1000);
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => callback.current(), seconds * 1000);
    };
    for (const event of ACTIVITY) {
      window.addEventListener(event, restart, { capture: true, passive: true });
    }
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) {
        window.removeEventListener(event, restart, { capture: true });
      }
    };
  }, [seconds]);
}
