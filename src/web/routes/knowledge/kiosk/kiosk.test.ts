import { describe, expect, it } from 'vitest';
import {
  KEYBOARD_LAYOUTS,
  LAYOUT_ROWS,
  layoutForLanguage,
  nextLayout,
  type KeyboardLayout,
} from './keyboardLayouts';
import { KIOSK_START, kioskReducer } from './kioskState';

describe('the kiosk keyboard', () => {
  it('follows the reader’s script', () => {
    expect(layoutForLanguage('ro', false)).toBe('latin');
    expect(layoutForLanguage('uk', false)).toBe('cyrillic');
    expect(layoutForLanguage('ar', true)).toBe('arabic');
    expect(layoutForLanguage('fa-AF', true)).toBe('arabic');
  });

  it('cycles through every layout, and no key is listed twice in one layout', () => {
    let layout: KeyboardLayout = KEYBOARD_LAYOUTS[0];
    const seen = new Set<string>();
    for (let i = 0; i < KEYBOARD_LAYOUTS.length; i++) {
      seen.add(layout);
      layout = nextLayout(layout);
    }
    expect(seen.size).toBe(KEYBOARD_LAYOUTS.length);
    for (const rows of Object.values(LAYOUT_ROWS)) {
      const keys = rows.flat();
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('kiosk navigation', () => {
  it('goes back the way the reader came, and to the start from the topics', () => {
    let state = kioskReducer(KIOSK_START, { type: 'choose-language', language: 'ar' });
    state = kioskReducer(state, { type: 'open', screen: { kind: 'category', id: 'c1' } });
    state = kioskReducer(state, { type: 'open', screen: { kind: 'article', id: 'a1' } });
    expect(state.screen).toEqual({ kind: 'article', id: 'a1' });
    state = kioskReducer(state, { type: 'back' });
    expect(state.screen).toEqual({ kind: 'category', id: 'c1' });
    state = kioskReducer(kioskReducer(state, { type: 'back' }), { type: 'back' });
    expect(state).toEqual(KIOSK_START);
  });

  it('forgets the reader on start (the idle timeout)', () => {
    const state = kioskReducer(kioskReducer(KIOSK_START, { type: 'choose-language', language: 'uk' }), {
      type: 'open',
      screen: { kind: 'search' },
    });
    expect(kioskReducer(state, { type: 'start' })).toEqual(KIOSK_START);
    expect(kioskReducer(KIOSK_START, { type: 'open', screen: { kind: 'search' } })).toEqual(KIOSK_START);
  });
});
