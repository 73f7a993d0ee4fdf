/**
 * Purging one record type now: the dialog first says what would go (a dry run of that rule), then starts
 * the purge and follows it batch by batch until it ends, with what was deleted per table.
 */
import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import { runQuery, typeKey, useStartPurge, type PurgeRun, type ReportLine, type RetentionRule } from './privacyApi';

function Progress({ runId }: { runId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data: run, error } = useQuery(runQuery(runId));
  if (!run) {
    return <ErrorAlert error={error} />;
  }
  return (
    <Stack gap="xs" aria-live="polite">
      {run.status === 'running' ? (
        <Group gap="xs">
          <Loader size="sm" />
          <Text>{t('privacy.purge.progress', { removed: format.number(run.removed), batches: format.number(run.batches) })}</Text>
        </Group>
      ) : (
        <Alert color={run.status === 'finished' ? 'green' : 'red'} title={t(`privacy.runs.statuses.${run.status}`)}>
          {run.status === 'finished' ? t('privacy.purge.finished', { removed: format.number(run.removed) }) : run.error}
        </Alert>
      )}
      <DeletedList run={run} />
    </Stack>
  );
}

/** Rows deleted per table by a run. */
export function DeletedList({ run }: { run: PurgeRun }) {
  const format = useFormat();
  const entries = Object.entries(run.deleted).filter(([, n]) => n > 0);
  if (entries.length === 0) {
    return null;
  }
  return (
    <List size="sm">
      {entries.map(([table, n]) => (
        <List.Item key={table}>
          <Ltr mono>{table}</Ltr>: {format.number(n)}
        </List.Item>
      ))}
    </List>
  );
}

/** The confirmation and progress of one purge. */
export function PurgeDialog({ rule, onClose }: { rule: RetentionRule; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const start = useStartPurge();
  const [runId, setRunId] = useState<string | null>(null);
  const survey = useMutation({ mutationFn: () => api.get<{ report: ReportLine[] }>(`/api/privacy/retention/report?recordType=${rule.recordType}`), meta: { silent: true } });
  const { mutate: surveyNow } = survey;
  useEffect(() => surveyNow(), [surveyNow]);
  const line = survey.data?.report[0];
  const typeName = t(`privacy.recordTypes.${typeKey(rule.recordType)}`);
  return (
    <Modal opened onClose={onClose} title={t('privacy.purge.title', { type: typeName })} size="lg">
      <Stack gap="sm">
        {runId ? (
          <Progress runId={runId} />
        ) : (
          <>
            <Text>{t('privacy.purge.confirm', { type: typeName, cutoff: format.date(rule.cutoff) })}</Text>
            {survey.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
            {line && (
              <Alert color={line.count > 0 ? 'orange' : 'gray'}>
                {t('privacy.purge.found', { count: line.count, formatted: format.number(line.count) })}
                {line.oldest && ` ${t('privacy.retention.oldest', { date: format.date(line.oldest) })}`}
              </Alert>
            )}
            <ErrorAlert error={survey.error ?? start.error} />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t(runId ? 'privacy.purge.close' : 'common.cancel')}
          </Button>
          {!runId && (
            <Button color="red" loading={start.isPending} disabled={!line} onClick={() => start.mutate(rule.recordType, { onSuccess: (run) => setRunId(run.id) })}>
              {t('privacy.purge.start')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
