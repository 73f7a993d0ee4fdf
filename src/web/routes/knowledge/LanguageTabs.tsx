/**
 * One tab per configured language (named in its own language and script), each holding that language's fields;
 * a dot marks the languages already written. Used by the article editor and the notice form.
 */
import { Tabs, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicLanguage } from './knowledgeApi';

/** The direction text in a language is written in. */
export function directionOfLanguage(language: Pick<PublicLanguage, 'rtl'> | undefined): 'ltr' | 'rtl' {
  return language?.rtl ? 'rtl' : 'ltr';
}

/** The tabs; the first open tab is the interface language's when it is among them. */
export function LanguageTabs({
  languages,
  marked,
  markLabel,
  label,
  children,
  value,
  onChange,
}: {
  languages: readonly PublicLanguage[];
  /** Languages that get a dot, said to screen readers as `markLabel` (e.g. "written"). */
  marked: (code: string) => boolean;
  markLabel: string;
  /** Names the tab list for screen readers. */
  label: string;
  children: (language: PublicLanguage) => ReactNode;
  /** The open tab, when the caller keeps it (so it survives the form starting again after a save). */
  value?: string | null;
  onChange?: (code: string) => void;
}) {
  const { i18n } = useTranslation();
  const [own, setOwn] = useState<string | null>(
    () => languages.find((l) => l.code === i18n.language)?.code ?? languages[0]?.code ?? null,
  );
  const active = value ?? own;
  const setActive = (code: string | null) => {
    if (code) {
      setOwn(code);
      onChange?.(code);
    }
  };
  const open = languages.some((l) => l.code === active) ? active : (languages[0]?.code ?? null);
  return (
    <Tabs value={open} onChange={setActive} keepMounted={false} variant="outline">
      <Tabs.List aria-label={label}>
        {languages.map((language) => (
          <Tabs.Tab key={language.code} value={language.code} data-language={language.code}>
            <span lang={language.code} dir={directionOfLanguage(language)}>
              {language.nativeName}
            </span>
            {marked(language.code) && (
              <>
                <span aria-hidden> ●</span>
                <VisuallyHidden> ({markLabel})</VisuallyHidden>
              </>
            )}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {languages.map((language) => (
        <Tabs.Panel key={language.code} value={language.code} pt="md">
          {children(language)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
