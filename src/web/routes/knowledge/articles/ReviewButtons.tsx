/**
 * A reviewer's decision on the version in review: publish it, or return it to its author with a note. The
 * four-eyes rule (who sent it may not publish it) is said before they try and, if the server refuses, plainly.
 */
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { ReasonDialog } from '../../documents/ReasonDialog';
import { isFourEyesRefusal, useArticleStep, type Article } from './articlesApi';

/** The explanation of the four-eyes rule, as a strong alert when it is why an action failed. */
export function FourEyesNotice({ refused = false }: { refused?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      color={refused ? 'red' : 'blue'}
      variant={refused ? 'filled' : 'light'}
      role={refused ? 'alert' : undefined}
      title={t('knowledge.fourEyes.title')}
    >
      {t('knowledge.fourEyes.body')}
    </Alert>
  );
}

/** Publish and Return buttons for a version in review (nothing when the caller may do neither). */
export function ReviewButtons({ article, label }: { article: Article; label?: string }) {
  const { t } = useTranslation();
  const inReview = article.versions.find((v) => v.id === article.workingVersionId);
  const [returning, setReturning] = useState(false);
  const review = useArticleStep(article.id, (_saved, action) => {
    if (action.step === 'review') {
      notifySuccess(
        action.body.decision === 'publish'
          ? t('knowledge.done.published', { number: inReview?.number })
          : t('knowledge.done.returned'),
      );
    }
  });
  const { can } = article;
  if (!can.publish && !can.returnToDraft) {
    return null;
  }
  const publishing =
    review.isPending && review.variables.step === 'review' && review.variables.body.decision === 'publish';
  return (
    <Stack gap="xs">
      {/* The server says so in `can`: this reviewer sent the version, another one must publish it. */}
      {can.returnToDraft && !can.publish && !isFourEyesRefusal(review.error) && <FourEyesNotice />}
      <Group gap="sm">
        {can.publish && (
          <Button
            color="green"
            loading={publishing}
            aria-label={label ? t('knowledge.actions.publishNamed', { name: label }) : undefined}
            onClick={() => review.mutate({ step: 'review', body: { decision: 'publish' } })}
          >
            {t('knowledge.actions.publish')}
          </Button>
        )}
        {can.returnToDraft && (
          <Button
            color="orange"
            variant="light"
            aria-label={label ? t('knowledge.actions.returnNamed', { name: label }) : undefined}
            onClick={() => setReturning(true)}
          >
            {t('knowledge.actions.return')}
          </Button>
        )}
      </Group>
      {isFourEyesRefusal(review.error) ? (
        <FourEyesNotice refused />
      ) : (
        !returning && <ErrorAlert error={review.error} />
      )}
      {returning && (
        <ReasonDialog
          title={t('knowledge.actions.return')}
          body={t('knowledge.confirm.return')}
          reasonLabel={t('knowledge.fields.reviewNote')}
          confirmLabel={t('knowledge.actions.return')}
          color="orange"
          error={review.error}
          pending={review.isPending}
          onConfirm={(note) =>
            review.mutate(
              { step: 'review', body: { decision: 'return', note } },
              { onSuccess: () => setReturning(false) },
            )
          }
          onClose={() => setReturning(false)}
        />
      )}
    </Stack>
  );
}
