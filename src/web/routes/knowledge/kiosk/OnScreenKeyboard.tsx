/**
 * A touch keyboard for a kiosk with none attached: letters of the chosen layout, space, delete, clear, a
 * switch to the next layout, and the search key. Keys keep the focus where it is, so the caret stays in the box.
 */
import type { PointerEvent } from 'react';
import { LAYOUT_NAMES, LAYOUT_ROWS, nextLayout, type KeyboardLayout } from './keyboardLayouts';
import { useKioskTranslation } from './kioskContext';
import classes from './Kiosk.module.css';

const keepFocus = (event: PointerEvent) => event.preventDefault();

/** The keyboard; `onKey` gets each typed character (a space included). */
export function OnScreenKeyboard({
  layout,
  onLayout,
  onKey,
  onBackspace,
  onClear,
  onSearch,
}: {
  layout: KeyboardLayout;
  onLayout: (layout: KeyboardLayout) => void;
  onKey: (character: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onSearch: () => void;
}) {
  const { t } = useKioskTranslation();
  const next = nextLayout(layout);
  return (
    <div
      className={classes.keyboard}
      role="group"
      aria-label={t('knowledge.kiosk.keyboard')}
      data-layout={layout}
    >
      {/* Letter rows run in their script's direction; the row of controls follows the page's. */}
      {LAYOUT_ROWS[layout].map((row, index) => (
        <div className={classes.keyRow} key={index} dir={layout === 'arabic' ? 'rtl' : 'ltr'}>
          {row.map((character) => (
            <button
              key={character}
              type="button"
              className={classes.key}
              onPointerDown={keepFocus}
              onClick={() => onKey(character)}
            >
              {character}
            </button>
          ))}
        </div>
      ))}
      <div className={classes.keyRow}>
        <button
          type="button"
          className={`${classes.key} ${classes.wideKey}`}
          onPointerDown={keepFocus}
          onClick={() => onLayout(next)}
          aria-label={t('knowledge.kiosk.switchLayout', { layout: LAYOUT_NAMES[next] })}
        >
          ⇄ {LAYOUT_NAMES[next]}
        </button>
        <button
          type="button"
          className={`${classes.key} ${classes.spaceKey}`}
          onPointerDown={keepFocus}
          onClick={() => onKey(' ')}
          aria-label={t('knowledge.kiosk.space')}
        >
          ␣
        </button>
        <button
          type="button"
          className={`${classes.key} ${classes.wideKey}`}
          onPointerDown={keepFocus}
          onClick={onBackspace}
          aria-label={t('knowledge.kiosk.backspace')}
        >
          ⌫
        </button>
        <button
          type="button"
          className={`${classes.key} ${classes.wideKey}`}
          onPointerDown={keepFocus}
          onClick={onClear}
        >
          {t('knowledge.kiosk.clear')}
        </button>
        <button
          type="button"
          className={`${classes.key} ${classes.wideKey}`}
          style={{ background: 'var(--mantine-color-blue-8)', color: 'var(--mantine-color-white)' }}
          onPointerDown={keepFocus}
          onClick={onSearch}
        >
          {t('knowledge.kiosk.searchKey')}
        </button>
      </div>
    </div>
  );
}
