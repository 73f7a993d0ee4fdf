/**
 * The kiosk's on-screen keyboards: Latin (QWERTY with Romanian and French letters), Arabic (the standard
 * Arabic layout plus the letters Dari, Pashto and Urdu add) and Cyrillic (ЙЦУКЕН with Ukrainian and Russian
 * letters). The layout follows the reader's language until they switch it.
 */

export const KEYBOARD_LAYOUTS = ['latin', 'arabic', 'cyrillic'] as const;
export type KeyboardLayout = (typeof KEYBOARD_LAYOUTS)[number];

/** The rows of letter keys of each layout, top to bottom. */
export const LAYOUT_ROWS: Record<KeyboardLayout, readonly (readonly string[])[]> = {
  latin: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
    ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l'],
    ['z', 'x', 'c', 'v', 'b', 'n', 'm'],
    ['ă', 'â', 'î', 'ș', 'ț', 'é', 'è', 'ç'],
  ],
  arabic: [
    ['١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩', '٠'],
    ['ض', 'ص', 'ث', 'ق', 'ف', 'غ', 'ع', 'ه', 'خ', 'ح', 'ج'],
    ['ش', 'س', 'ي', 'ب', 'ل', 'ا', 'ت', 'ن', 'م', 'ك', 'ط'],
    ['ئ', 'ء', 'ؤ', 'ر', 'ى', 'ة', 'و', 'ز', 'ظ', 'د', 'ذ'],
    ['آ', 'أ', 'إ', 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ټ', 'ځ', 'ڼ', 'ں', 'ے'],
  ],
  cyrillic: [
    ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
    ['й', 'ц', 'у', 'к', 'е', 'н', 'г', 'ш', 'щ', 'з', 'х', 'ї'],
    ['ф', 'і', 'в', 'а', 'п', 'р', 'о', 'л', 'д', 'ж', 'є'],
    ['я', 'ч', 'с', 'м', 'и', 'т', 'ь', 'б', 'ю', 'ґ'],
    ['ы', 'э', 'ъ', 'ё', "'"],
  ],
};

/** The name each layout's switch shows: three letters of its alphabet. */
export const LAYOUT_NAMES: Record<KeyboardLayout, string> = { latin: 'ABC', arabic: 'أبج', cyrillic: 'АБВ' };

const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'tg', 'mn']);

/** The layout a language is typed on: its script's (right-to-left languages here are in Arabic script). */
export function layoutForLanguage(code: string, rtl: boolean): KeyboardLayout {
  const base = code.split('-')[0]!;
  if (CYRILLIC_LANGUAGES.has(base)) {
    return 'cyrillic';
  }
  return rtl ? 'arabic' : 'latin';
}

/** The layout after `layout` when the reader presses the switch. */
export function nextLayout(layout: KeyboardLayout): KeyboardLayout {
  return KEYBOARD_LAYOUTS[(KEYBOARD_LAYOUTS.indexOf(layout) + 1) % KEYBOARD_LAYOUTS.length]!;
}
