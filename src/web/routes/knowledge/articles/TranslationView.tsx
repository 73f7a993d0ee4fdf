/** A version's text as readers see it: per language, the question and the rendered answer. */
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleTranslation, PublicLanguage } from '../knowledgeApi';
import { directionOfLanguage, LanguageTabs } from '../LanguageTabs';
import { Markdown } from '../markdown/Markdown';

/** One language's question and answer, or a line saying it is not written. */
export function TranslationText({
  text,
  language,
}: {
  text: ArticleTranslation | undefined;
  language: PublicLanguage;
}) {
  const { t } = useTranslation();
  if (!text) {
    return (
      <Text c="dimmed" size="sm">
        {t('knowledge.editor.notWritten', { language: language.nativeName })}
      </Text>
    );
  }
  const dir = directionOfLanguage(language);
  return (
    <Stack gap="xs" lang={language.code} dir={dir}>
      <Title order={4}>{text.question}</Title>
      <Markdown source={text.answer} lang={language.code} dir={dir} />
    </Stack>
  );
}

/** A read-only version in tabs by language. */
export function TranslationView({
  translations,
  languages,
}: {
  translations: Record<string, ArticleTranslation>;
  languages: readonly PublicLanguage[];
}) {
  const { t } = useTranslation();
  return (
    <LanguageTabs
      languages={languages}
      label={t('knowledge.editor.languages')}
      marked={(code) => !!translations[code]}
      markLabel={t('knowledge.editor.written')}
    >
      {(language) => <TranslationText text={translations[language.code]} language={language} />}
    </LanguageTabs>
  );
}

/** The catalogue's languages, plus any other language a text is written in (a language switched off since). */
export function languagesWith(
  languages: readonly PublicLanguage[],
  codes: Iterable<string>,
): PublicLanguage[] {
  const known = new Set(languages.map((l) => l.code));
  const others = [...new Set(codes)]
    .filter((code) => !known.has(code))
    .map((code) => ({ code, nativeName: code, englishName: code, rtl: false }));
  return [...languages, ...others];
}
