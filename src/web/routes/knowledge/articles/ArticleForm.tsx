/**
 * Writing an article: its key (new articles only), category and, per language, question and answer with a
 * live preview. Saves the draft, or saves and sends it for review; warns before leaving unsaved changes.
 */
import { Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, fieldErrorsByPath } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import type { ArticleTranslation, PublicLanguage } from '../knowledgeApi';
import { useEditorCategories } from '../knowledgeLabels';
import { directionOfLanguage, LanguageTabs } from '../LanguageTabs';
import { LeaveDialog, useLeaveGuard } from '../LeaveGuard';
import { MarkdownEditor } from '../markdown/MarkdownEditor';
import { useSaveArticle, type DraftBody } from './articlesApi';

export interface ArticleDraft {
  key: string;
  categoryId: string | null;
  translations: Record<string, ArticleTranslation>;
}

const EMPTY: ArticleTranslation = { question: '', answer: '' };

/** The languages written in (either field filled), trimmed, as the server takes them. */
function writtenTranslations(
  translations: Record<string, ArticleTranslation>,
): Record<string, ArticleTranslation> {
  return Object.fromEntries(
    Object.entries(translations)
      .map(([code, text]) => [code, { question: text.question.trim(), answer: text.answer.trim() }] as const)
      .filter(([, text]) => text.question || text.answer),
  );
}

/** The draft as text to compare: a language typed in and emptied again is no change. */
function comparable(draft: ArticleDraft): string {
  return JSON.stringify({ ...draft, translations: writtenTranslations(draft.translations) });
}

/** The form; `articleId` absent means a new article. */
export function ArticleForm({
  articleId,
  initial,
  languages,
  tab,
  onTab,
}: {
  articleId?: string;
  initial: ArticleDraft;
  languages: readonly PublicLanguage[];
  /** The open language tab, kept by the page across saves. */
  tab?: string | null;
  onTab?: (code: string) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const categories = useEditorCategories();
  const [draft, setDraft] = useState(initial);
  const dirty = comparable(draft) !== comparable(initial);
  const guard = useLeaveGuard(dirty);
  const save = useSaveArticle(articleId, (article, submitted) => {
    notifySuccess(submitted ? t('knowledge.done.submitted') : t('knowledge.done.saved'));
    // What was typed is saved: leaving (to the new article's own address, or after sending it) is fine now.
    guard.release();
    if (!articleId) {
      void navigate({ to: '/knowledge/articles/$id', params: { id: article.id }, replace: true });
    }
  });
  const errors = { ...fieldErrors(save.error), ...fieldErrorsByPath(save.error) };
  const text = (code: string) => draft.translations[code] ?? EMPTY;
  const setText = (code: string, patch: Partial<ArticleTranslation>) =>
    setDraft((current) => ({
      ...current,
      translations: {
        ...current.translations,
        [code]: { ...(current.translations[code] ?? EMPTY), ...patch },
      },
    }));
  const [missingCategory, setMissingCategory] = useState(false);

  const run = (submit: boolean) => {
    if (!draft.categoryId) {
      setMissingCategory(true);
      return;
    }
    const body: DraftBody = {
      categoryId: draft.categoryId,
      translations: writtenTranslations(draft.translations),
    };
    save.mutate({ body, key: draft.key.trim(), submit });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    run(false);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('knowledge.editor.formLabel')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('knowledge.fields.key')}
            description={t('knowledge.editor.keyHint')}
            required={!articleId}
            disabled={!!articleId}
            dir="ltr"
            value={draft.key}
            onChange={(event) => setDraft({ ...draft, key: event.currentTarget.value.toLowerCase() })}
            error={errors.key}
          />
          <Select
            label={t('knowledge.fields.category')}
            required
            searchable
            data={categories.options}
            value={draft.categoryId}
            onChange={(value) => {
              setDraft({ ...draft, categoryId: value });
              setMissingCategory(false);
            }}
            error={missingCategory ? t('knowledge.editor.categoryMissing') : errors.categoryId}
          />
        </SimpleGrid>
        <LanguageTabs
          languages={languages}
          label={t('knowledge.editor.languages')}
          marked={(code) => !!(text(code).question.trim() || text(code).answer.trim())}
          markLabel={t('knowledge.editor.written')}
          value={tab}
          onChange={onTab}
        >
          {(language) => (
            <Stack gap="sm">
              <TextInput
                label={t('knowledge.fields.questionIn', { language: language.nativeName })}
                lang={language.code}
                dir={directionOfLanguage(language)}
                value={text(language.code).question}
                onChange={(event) => setText(language.code, { question: event.currentTarget.value })}
                error={errors[`translations.${language.code}.question`]}
              />
              <MarkdownEditor
                label={t('knowledge.fields.answerIn', { language: language.nativeName })}
                lang={language.code}
                dir={directionOfLanguage(language)}
                value={text(language.code).answer}
                onChange={(answer) => setText(language.code, { answer })}
                error={errors[`translations.${language.code}.answer`]}
              />
            </Stack>
          )}
        </LanguageTabs>
        <ErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending && !save.variables.submit}>
            {t('knowledge.actions.saveDraft')}
          </Button>
          <Button variant="light" loading={save.isPending && save.variables.submit} onClick={() => run(true)}>
            {t('knowledge.actions.submit')}
          </Button>
        </Group>
      </Stack>
      <LeaveDialog blocker={guard.blocker} />
    </form>
  );
}
