/**
 * The call screen's search: results follow the typing (typing=1), Enter makes the finished search (logged for
 * the analytics). Each result shows its matched words highlighted, can be read in full, and "used" for the call.
 */
import { Badge, Box, Button, Card, Group, Loader, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { PublicLanguage } from '../knowledgeApi';
import { directionOfLanguage } from '../LanguageTabs';
import { Highlighted } from '../search/Highlighted';
import { useSearchBox, type SearchHit } from '../search/searchApi';
import { ArticlePreview } from './ArticlePreview';

const LIST_STYLE = { listStyle: 'none', display: 'grid', gap: 'var(--mantine-spacing-xs)' } as const;

function Result({
  hit,
  language,
  category,
  used,
  onUse,
  onRead,
}: {
  hit: SearchHit;
  language: PublicLanguage | undefined;
  category: string;
  used: boolean;
  onUse: () => void;
  onRead: () => void;
}) {
  const { t } = useTranslation();
  const dir = directionOfLanguage(language);
  return (
    <Card withBorder padding="sm" component="li" data-testid="search-result">
      <Stack gap={4}>
        <Text fw={600} lang={hit.language} dir={dir}>
          <Highlighted text={hit.question} ranges={hit.questionHighlights} />
        </Text>
        <Text size="sm" lang={hit.language} dir={dir}>
          <Highlighted text={hit.snippet} ranges={hit.snippetHighlights} />
        </Text>
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Badge variant="light" color="gray" lang={hit.language}>
              {language?.nativeName ?? hit.language}
            </Badge>
            <Text size="xs" c="dimmed">
              {category}
            </Text>
          </Group>
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={onRead}>
              {t('knowledge.calls.read')}
            </Button>
            <Button size="xs" variant={used ? 'light' : 'filled'} disabled={used} onClick={onUse}>
              {used ? t('knowledge.calls.used') : t('knowledge.calls.use')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}

/** The search box and its results; `onUse` adds an article to the call. */
export function ArticleSearch({
  language,
  languages,
  categoryLabel,
  usedIds,
  onUse,
}: {
  /** The caller's language: searched unless "all languages" is on. */
  language: string;
  languages: readonly PublicLanguage[];
  categoryLabel: (id: string) => string;
  usedIds: ReadonlySet<string>;
  onUse: (hit: SearchHit) => void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const search = useSearchBox('agent', language, all);
  const [reading, setReading] = useState<SearchHit | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search.finish();
  };
  const hits = search.results?.results ?? [];
  const languageOf = (code: string) => languages.find((l) => l.code === code);
  return (
    <Stack gap="sm">
      <form role="search" aria-label={t('knowledge.calls.searchLabel')} onSubmit={submit}>
        <Group align="flex-end" gap="sm">
          <TextInput
            type="search"
            label={t('knowledge.calls.search')}
            description={t('knowledge.calls.searchHint')}
            value={search.text}
            onChange={(event) => search.setText(event.currentTarget.value)}
            dir="auto"
            autoComplete="off"
            style={{ flex: 1 }}
            rightSection={search.isFetching ? <Loader size="xs" /> : null}
          />
          <Switch
            label={t('knowledge.calls.allLanguages')}
            checked={all}
            onChange={(event) => setAll(event.currentTarget.checked)}
            mb={6}
          />
        </Group>
      </form>
      <ErrorAlert error={search.error} />
      {search.results && (
        <Text size="sm" aria-live="polite">
          {t('knowledge.calls.resultCount', { count: search.results.total })}
        </Text>
      )}
      {hits.length > 0 && (
        <Box component="ul" p={0} m={0} style={LIST_STYLE} aria-label={t('knowledge.calls.results')}>
          {hits.map((hit) => (
            <Result
              key={`${hit.articleId}/${hit.language}`}
              hit={hit}
              language={languageOf(hit.language)}
              category={categoryLabel(hit.categoryId)}
              used={usedIds.has(hit.articleId)}
              onUse={() => onUse(hit)}
              onRead={() => setReading(hit)}
            />
          ))}
        </Box>
      )}
      {reading && (
        <ArticlePreview
          articleId={reading.articleId}
          language={reading.language}
          languages={languages}
          used={usedIds.has(reading.articleId)}
          onUse={() => onUse(reading)}
          onClose={() => setReading(null)}
        />
      )}
    </Stack>
  );
}
