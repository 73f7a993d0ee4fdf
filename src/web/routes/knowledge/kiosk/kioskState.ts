/**
 * Where a kiosk reader is: the start screen (choose a language), then the topics, a topic, an article, the
 * search or the notices, with the way back. Kept in memory, not in the address: a kiosk has no address bar,
 * and going back to the start must forget everything the last reader did (pure, unit-tested).
 */

export type KioskScreen =
  | { kind: 'start' }
  | { kind: 'home' }
  | { kind: 'category'; id: string }
  | { kind: 'article'; id: string }
  | { kind: 'search' }
  | { kind: 'notices' };

export interface KioskState {
  /** The reader's language; null on the start screen. */
  language: string | null;
  screen: KioskScreen;
  /** Screens to go back to, the latest last. */
  history: KioskScreen[];
}

export type KioskAction =
  | { type: 'choose-language'; language: string }
  | { type: 'open'; screen: KioskScreen }
  | { type: 'back' }
  | { type: 'start' };

/** The start screen, nobody's language chosen: where the kiosk begins and returns. */
export const KIOSK_START: KioskState = { language: null, screen: { kind: 'start' }, history: [] };

/** The next state after a reader's action (or the idle timeout, which is `start`). */
export function kioskReducer(state: KioskState, action: KioskAction): KioskState {
  switch (action.type) {
    case 'start':
      return KIOSK_START;
    case 'choose-language':
      return { language: action.language, screen: { kind: 'home' }, history: [] };
    case 'open':
      if (state.language === null) {
        return state;
      }
      return { ...state, screen: action.screen, history: [...state.history, state.screen] };
    case 'back': {
      const previous = state.history.at(-1);
      if (!previous) {
        return KIOSK_START;
      }
      return { ...state, screen: previous, history: state.history.slice(0, -1) };
    }
  }
}
