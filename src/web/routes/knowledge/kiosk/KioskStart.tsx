/** The kiosk's start screen: a button per language (flag and native name), and the centre's notices of today. */
import { Stack, Text, Title } from '@mantine/core';
import type { PublicLanguage } from '../knowledgeApi';
import { canDrawFlags, countryOf, flagEmoji } from './flags';
import type { KioskNotice } from './kioskApi';
import { useKiosk, useKioskTranslation } from './kioskContext';
import classes from './Kiosk.module.css';
import { KioskNotices } from './KioskNotices';

/** The flag of a language's country, or its country code where the screen cannot draw flags. */
function Flag({ code }: { code: string }) {
  const country = countryOf(code);
  if (!country) {
    return null;
  }
  return canDrawFlags() ? (
    <span className={classes.flag} aria-hidden>
      {flagEmoji(country)}
    </span>
  ) : (
    <span className={classes.country} aria-hidden>
      {country}
    </span>
  );
}

/** The language buttons; touching one opens the topics in that language. */
export function KioskStart({
  languages,
  notices,
}: {
  languages: readonly PublicLanguage[];
  notices: readonly KioskNotice[];
}) {
  const { t } = useKioskTranslation();
  const { dispatch } = useKiosk();
  const rtl = new Set(languages.filter((l) => l.rtl).map((l) => l.code));
  return (
    <Stack gap="xl">
      <section aria-labelledby="kiosk-languages">
        <Title order={1} size="h2" mb="md" id="kiosk-languages">
          {t('knowledge.kiosk.chooseLanguage')}
        </Title>
        <div className={classes.tiles} role="list">
          {languages.map((language) => (
            <div role="listitem" key={language.code}>
              <button
                type="button"
                className={`${classes.tile} ${classes.language}`}
                lang={language.code}
                dir={language.rtl ? 'rtl' : 'ltr'}
                onClick={() => dispatch({ type: 'choose-language', language: language.code })}
                data-language={language.code}
              >
                <Flag code={language.code} />
                <span>{language.nativeName}</span>
              </button>
            </div>
          ))}
        </div>
      </section>
      {notices.length > 0 && <KioskNotices notices={notices} rtlLanguages={rtl} />}
      <Text size="md" c="dimmed">
        {t('knowledge.kiosk.privacy')}
      </Text>
    </Stack>
  );
}
