/** The interface language menu: Română, English, العربية. */
import { Button, Menu, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES } from '../i18n';

/** A button showing the current language that opens the list of languages. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const active = LANGUAGES.find((l) => l.code === currentLanguage()) ?? LANGUAGES[1];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="sm" aria-haspopup="menu" key={i18n.language}>
          <VisuallyHidden>{t('language.label')}: </VisuallyHidden>
          <span lang={active.code}>{active.nativeName}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LANGUAGES.map((language) => (
          <Menu.Item
            key={language.code}
            lang={language.code}
            dir={language.dir}
            aria-current={language.code === active.code ? 'true' : undefined}
            fw={language.code === active.code ? 700 : undefined}
            onClick={() => void changeLanguage(language.code)}
          >
            {language.nativeName}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
