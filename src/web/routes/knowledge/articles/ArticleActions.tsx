/** The workflow steps the server says the caller may take on an article now (`can`), beside the form's own. */
import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { ReasonDialog } from '../../documents/ReasonDialog';
import { useArticleStep, type Article } from './articlesApi';
import { ReviewButtons } from './ReviewButtons';

/** Start a revision, publish or return (reviewers), archive (with a reason, after a warning). */
export function ArticleActions({ article }: { article: Article }) {
  const { t } = useTranslation();
  const revise = useArticleStep(article.id, () => notifySuccess(t('knowledge.done.revising')));
  const archive = useArticleStep(article.id, () => notifySuccess(t('knowledge.done.archived')));
  const [archiving, setArchiving] = useState(false);
  const { can } = article;
  return (
    <Stack gap="xs">
      <ReviewButtons article={article} />
      {(can.revise || can.archive) && (
        <Group gap="sm">
          {can.revise && (
            <Button
              variant="light"
              loading={revise.isPending}
              onClick={() => revise.mutate({ step: 'revise' })}
            >
              {t('knowledge.actions.revise')}
            </Button>
          )}
          {can.archive && (
            <Button color="red" variant="outline" onClick={() => setArchiving(true)}>
              {t('knowledge.actions.archive')}
            </Button>
          )}
        </Group>
      )}
      <ErrorAlert error={revise.error} />
      {archiving && (
        <ReasonDialog
          title={t('knowledge.actions.archive')}
          warning={t('knowledge.confirm.archive', { key: article.key })}
          reasonLabel={t('knowledge.fields.reason')}
          confirmLabel={t('knowledge.actions.archive')}
          error={archive.error}
          pending={archive.isPending}
          onConfirm={(reason) =>
            archive.mutate(
              { step: 'archive', body: { reason } },
              {
                onSuccess: () => setArchiving(false),
              },
            )
          }
          onClose={() => setArchiving(false)}
        />
      )}
    </Stack>
  );
}
