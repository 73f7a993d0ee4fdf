/**
 * The desk's keys. Function keys suit a keyboard on a counter; Alt+letter is the same command where the
 * function keys are taken (laptops, remote sessions). Matched on the physical key, so a keyboard layout
 * or Alt producing another character (macOS) does not change them.
 */
import { useEffect, useRef } from 'react';

export type DeskCommand = 'admit' | 'refuse' | 'refer' | 'recordVehicle' | 'next';

/** The keys of each command, as `aria-keyshortcuts` writes them; the first is the one shown. */
export const DESK_KEYS: Record<DeskCommand, readonly string[]> = {
  admit: ['F2', 'Alt+A'],
  refuse: ['F3', 'Alt+R'],
  refer: ['F4', 'Alt+S'],
  recordVehicle: ['F8', 'Alt+V'],
  next: ['Escape'],
};

const ALT_CODES: Partial<Record<string, DeskCommand>> = {
  KeyA: 'admit',
  KeyR: 'refuse',
  KeyS: 'refer',
  KeyV: 'recordVehicle',
};
const FUNCTION_KEYS: Partial<Record<string, DeskCommand>> = {
  F2: 'admit',
  F3: 'refuse',
  F4: 'refer',
  F8: 'recordVehicle',
  Escape: 'next',
};

function commandOf(event: KeyboardEvent): DeskCommand | undefined {
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    return ALT_CODES[event.code];
  }
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
    return undefined;
  }
  return FUNCTION_KEYS[event.key];
}

/** An open list (a select's options) takes Escape for itself, and a form being filled (an alert's reason) is not thrown away by it. */
function keepsEscape(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[aria-expanded="true"], form') !== null;
}

/** Runs the handler of a desk command when its key is pressed anywhere on the page; commands without a handler are left alone. */
export function useDeskKeys(handlers: Partial<Record<DeskCommand, () => void>>): void {
  // The latest handlers, without re-attaching the listener on every render.
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandOf(event);
      const handler = command ? current.current[command] : undefined;
      if (
        !command ||
        !handler ||
        event.defaultPrevented ||
        event.repeat ||
        (command === 'next' && keepsEscape(event.target))
      ) {
        return;
      }
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
