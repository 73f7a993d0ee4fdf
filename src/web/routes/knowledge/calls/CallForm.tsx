/**
 * One call as the agent records it while talking: the clock, the caller's language, the topic, the articles
 * used (found with the search), resolved or escalated (to which organisation), a note. Nothing names the caller.
 */
import {
  Button,
  CloseButton,
  Grid,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { CALL_OUTCOMES, type CallOutcome, type Catalogue } from '../knowledgeApi';
import { categoryOptions } from '../knowledgeLabels';
import { LeaveDialog, useLeaveGuard } from '../LeaveGuard';
import { ArticleSearch } from './ArticleSearch';
import { CallTimer, useElapsed } from './CallTimer';
import { escalationTargetsQuery, parseDuration, useLogCall } from './callsApi';

interface UsedArticle {
  id: string;
  question: string;
  language: string;
}

/** The articles used on the call, each removable. */
function UsedArticles({
  articles,
  onRemove,
}: {
  articles: readonly UsedArticle[];
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={titleId}>
        {t('knowledge.calls.articlesUsed')}
      </Text>
      {articles.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('knowledge.calls.noArticles')}
        </Text>
      ) : (
        <ul aria-labelledby={titleId} style={{ margin: 0, paddingInlineStart: 20 }}>
          {articles.map((article) => (
            <li key={article.id}>
              <Group gap={4} wrap="nowrap">
                <Text size="sm" lang={article.language} dir="auto">
                  {article.question}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('common.removeNamed', { name: article.question })}
                  onClick={() => onRemove(article.id)}
                />
              </Group>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

/** The form of a call started at `startedAt`; `onDone` after it is saved or discarded. */
export function CallForm({
  startedAt,
  catalogue,
  defaultLanguage,
  onDone,
}: {
  startedAt: Date;
  catalogue: Catalogue;
  defaultLanguage: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const elapsed = useElapsed(startedAt);
  const [typedDuration, setTypedDuration] = useState<string | null>(null);
  const [language, setLanguage] = useState(defaultLanguage);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [used, setUsed] = useState<UsedArticle[]>([]);
  const [outcome, setOutcome] = useState<CallOutcome>('resolved');
  const [escalatedTo, setEscalatedTo] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const targets = useQuery({ ...escalationTargetsQuery, enabled: outcome === 'escalated' });
  const save = useLogCall();
  // A call being logged is unsaved work: leaving the screen asks first (saving or discarding ends the form).
  const guard = useLeaveGuard(true);
  const errors = fieldErrors(save.error);
  const topics = categoryOptions(catalogue.categories, (c) => c.name);
  const topicLabel = (id: string) => topics.find((o) => o.value === id)?.label ?? '—';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const durationSeconds = typedDuration === null ? elapsed : parseDuration(typedDuration);
    if (durationSeconds === null) {
      return;
    }
    save.mutate(
      {
        startedAt: startedAt.toISOString(),
        durationSeconds,
        callerLanguage: language,
        categoryId,
        articleIds: used.map((a) => a.id),
        outcome,
        escalatedTo: outcome === 'escalated' ? escalatedTo : null,
        note: note.trim() || null,
      },
      {
        onSuccess: () => {
          notifySuccess(t('knowledge.done.callSaved'));
          onDone();
        },
      },
    );
  };

  const search = (
    <ArticleSearch
      language={language}
      languages={catalogue.languages}
      categoryLabel={topicLabel}
      usedIds={new Set(used.map((a) => a.id))}
      onUse={(hit) =>
        setUsed((current) =>
          current.some((a) => a.id === hit.articleId)
            ? current
            : [...current, { id: hit.articleId, question: hit.question, language: hit.language }],
        )
      }
    />
  );

  // The search sits beside the form, not in it: it is a search form of its own (Enter searches, not saves).
  return (
    <Paper withBorder p="md" radius="md">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <form onSubmit={submit} noValidate aria-label={t('knowledge.calls.formLabel')}>
            <Stack gap="md">
              <Title order={3} size="h4">
                {t('knowledge.calls.current')}
              </Title>
              <CallTimer
                elapsed={elapsed}
                typed={typedDuration}
                onType={setTypedDuration}
                error={errors.durationSeconds}
              />
              <Select
                label={t('knowledge.calls.callerLanguage')}
                required
                searchable
                allowDeselect={false}
                data={catalogue.languages.map((l) => ({ value: l.code, label: l.nativeName }))}
                value={language}
                onChange={(value) => setLanguage(value ?? defaultLanguage)}
                error={errors.callerLanguage}
              />
              <Select
                label={t('knowledge.calls.topic')}
                searchable
                clearable
                data={topics}
                value={categoryId}
                onChange={setCategoryId}
                error={errors.categoryId}
              />
              <UsedArticles
                articles={used}
                onRemove={(id) => setUsed((current) => current.filter((a) => a.id !== id))}
              />
              <Radio.Group
                label={t('knowledge.calls.outcome')}
                value={outcome}
                onChange={(value) => setOutcome(CALL_OUTCOMES.find((o) => o === value) ?? 'resolved')}
              >
                <Group mt={4}>
                  {CALL_OUTCOMES.map((value) => (
                    <Radio key={value} value={value} label={t(`knowledge.outcomes.${value}`)} />
                  ))}
                </Group>
              </Radio.Group>
              {outcome === 'escalated' && (
                <Select
                  label={t('knowledge.calls.escalatedTo')}
                  required
                  searchable
                  data={(targets.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
                  value={escalatedTo}
                  onChange={setEscalatedTo}
                  error={errors.escalatedTo}
                />
              )}
              <Textarea
                label={t('knowledge.calls.note')}
                description={t('knowledge.calls.noteHint')}
                autosize
                minRows={2}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
                error={errors.note}
              />
              <ErrorAlert error={save.error} />
              <Group>
                <Button type="submit" loading={save.isPending}>
                  {t('knowledge.calls.save')}
                </Button>
                <Button variant="default" onClick={onDone}>
                  {t('knowledge.calls.discard')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>{search}</Grid.Col>
      </Grid>
      <LeaveDialog blocker={guard.blocker} />
    </Paper>
  );
}
