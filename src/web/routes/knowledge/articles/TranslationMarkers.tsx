/** Per language, a small marker of whether an article is published in it, only drafted, or not written. */
import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicLanguage } from '../knowledgeApi';
import type { TranslationState } from './articlesApi';

const LOOK: Record<
  TranslationState,
  { color: string; variant: 'filled' | 'light' | 'outline'; sign: string }
> = {
  published: { color: 'green', variant: 'filled', sign: '✓' },
  draft: { color: 'yellow', variant: 'light', sign: '✎' },
  missing: { color: 'gray', variant: 'outline', sign: '–' },
};

/** One marker per configured language, in the languages' order; each says its state in words too. */
export function TranslationMarkers({
  states,
  languages,
}: {
  states: Record<string, TranslationState>;
  languages: readonly PublicLanguage[];
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {languages.map((language) => {
        const state = states[language.code] ?? 'missing';
        const look = LOOK[state];
        const label = t('knowledge.articles.translationState', {
          language: language.nativeName,
          state: t(`knowledge.articles.translationStates.${state}`),
        });
        return (
          <Tooltip key={language.code} label={label}>
            <Badge
              size="sm"
              radius="sm"
              color={look.color}
              variant={look.variant}
              aria-label={label}
              role="img"
              data-language={language.code}
              data-state={state}
            >
              <span dir="ltr">
                {look.sign} {language.code}
              </span>
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}
