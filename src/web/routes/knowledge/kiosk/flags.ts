/**
 * A flag beside each language's native name on the kiosk's start screen. A flag stands for a country, not a
 * language, so the native name is what identifies the language; the flag is the country most of its readers
 * here come from, which helps people who do not read the script find their button at a glance.
 */

const COUNTRY_OF_LANGUAGE: Record<string, string> = {
  ro: 'RO',
  en: 'GB',
  ar: 'SY',
  fa: 'AF',
  ps: 'AF',
  ur: 'PK',
  ru: 'RU',
  uk: 'UA',
  fr: 'FR',
  tr: 'TR',
  ku: 'IQ',
  so: 'SO',
  ti: 'ER',
  bn: 'BD',
  hi: 'IN',
  es: 'ES',
  de: 'DE',
  it: 'IT',
  zh: 'CN',
};

/** The country whose flag goes with a language code (its region when it has one, as fa-AF), if any. */
export function countryOf(code: string): string | null {
  const [language, region] = code.split('-');
  return region && /^[A-Z]{2}$/.test(region) ? region : (COUNTRY_OF_LANGUAGE[language ?? ''] ?? null);
}

/** The flag emoji of a country: its code written in regional indicator symbols. */
export function flagEmoji(country: string): string {
  return String.fromCodePoint(...[...country].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}

let flagsDrawn: boolean | undefined;

/**
 * True when this screen draws flag emoji as flags. Some systems (Windows, computers without a colour emoji
 * font) draw two boxes or two letters instead; the kiosk then shows the country code in a plain badge.
 */
export function canDrawFlags(): boolean {
  if (flagsDrawn === undefined) {
    flagsDrawn = false;
    try {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 32;
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (context) {
        context.textBaseline = 'top';
        context.font = '28px sans-serif';
        context.fillText(flagEmoji('RO'), 0, 0);
        const pixels = context.getImageData(0, 0, 32, 32).data;
        // A flag is drawn in colour; boxes and letters are drawn in the (black) text colour only.
        for (let i = 0; i < pixels.length && !flagsDrawn; i += 4) {
          flagsDrawn = pixels[i + 3]! > 0 && (pixels[i] !== pixels[i + 1] || pixels[i + 1] !== pixels[i + 2]);
        }
      }
    } catch {
      // No canvas: no flags.
    }
  }
  return flagsDrawn;
}
