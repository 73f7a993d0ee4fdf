/** Duplicates: run the search over the registry, review pairs, dismiss or merge field by field. */
import { Alert, Button, Group, Modal, Paper, Progress, Radio, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { notifySuccess } from '../../components/notify';
import { useFormat } from '../../format';
import {
  duplicateJobQuery,
  duplicateQueueQuery,
  latinName,
  MERGE_FIELDS,
  personQuery,
  type DuplicateJob,
  type DuplicatePair,
  type MergeField,
  type Person,
} from './peopleApi';
import { PeopleTabs } from './PeopleTabs';
import { PersonCard, Reasons, ScoreBar } from './PersonName';

function fieldValue(person: Person, field: MergeField, photo: { yes: string; no: string }): string {
  switch (field) {
    case 'nationalities':
      return person.nationalities.join(', ') || '—';
    case 'photo':
      return person.hasPhoto ? photo.yes : photo.no;
    case 'sex':
      return person.sex;
    case 'givenNames':
    case 'surname':
    case 'originalName':
    case 'dateOfBirth':
    case 'placeOfBirth':
    case 'legalStatus':
      return person[field] || '—';
  }
}

function MergeDialog({ pair, onClose }: { pair: DuplicatePair; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const a = useQuery(personQuery(pair.a.id));
  const b = useQuery(personQuery(pair.b.id));
  const [survivor, setSurvivor] = useState<'a' | 'b'>('a');
  const [choices, setChoices] = useState<Partial<Record<MergeField, 'a' | 'b'>>>({});
  const [reason, setReason] = useState('');
  const merge = useMutation({
    mutationFn: () => {
      const survivorId = survivor === 'a' ? pair.a.id : pair.b.id;
      const mergedId = survivor === 'a' ? pair.b.id : pair.a.id;
      const mapped = Object.fromEntries(
        MERGE_FIELDS.map((field) => [field, (choices[field] ?? survivor) === survivor ? 'survivor' : 'merged']),
      );
      return api.post<{ mergeId: string; person: Person }>('/api/people/merge', { survivorId, mergedId, reason, choices: mapped });
    },
    meta: { silent: true },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['people'] });
      notifySuccess(t('people.merge.done'));
      onClose();
      void navigate({ to: '/people/$id', params: { id: result.person.id } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    merge.mutate();
  };
  const photo = { yes: t('people.merge.hasPhoto'), no: t('people.merge.noPhoto') };
  const labelFor = (side: 'a' | 'b') => t(side === 'a' ? 'people.merge.recordA' : 'people.merge.recordB');
  return (
    <Modal opened onClose={onClose} title={t('people.merge.title')} size="xl">
      {!a.data || !b.data ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Radio.Group label={t('people.merge.survivor')} value={survivor} onChange={(value) => setSurvivor(value as 'a' | 'b')}>
              <Group mt="xs">
                <Radio value="a" label={`${labelFor('a')}: ${a.data.registrationNumber}`} />
                <Radio value="b" label={`${labelFor('b')}: ${b.data.registrationNumber}`} />
              </Group>
            </Radio.Group>
            <Table withTableBorder aria-label={t('people.merge.fieldsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people.merge.field')}</Table.Th>
                  <Table.Th>{labelFor('a')}</Table.Th>
                  <Table.Th>{labelFor('b')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {MERGE_FIELDS.map((field) => {
                  const chosen = choices[field] ?? survivor;
                  const label = t(`people.fields.${field}`);
                  return (
                    <Table.Tr key={field}>
                      <Table.Td>{label}</Table.Td>
                      {(['a', 'b'] as const).map((side) => {
                        const person = side === 'a' ? a.data : b.data;
                        return (
                          <Table.Td key={side}>
                            <Radio
                              name={`merge-${field}`}
                              value={side}
                              checked={chosen === side}
                              onChange={() => setChoices((current) => ({ ...current, [field]: side }))}
                              label={<span dir="auto">{fieldValue(person, field, photo)}</span>}
                              aria-label={`${label}: ${labelFor(side)} — ${fieldValue(person, field, photo)}`}
                            />
                          </Table.Td>
                        );
                      })}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            <Textarea
              label={t('people.reason')}
              description={t('people.merge.reasonHint')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <ErrorAlert error={merge.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={merge.isPending} disabled={reason.trim().length < 5}>
                {t('people.merge.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

function DismissDialog({ pair, onClose }: { pair: DuplicatePair; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const dismiss = useMutation({
    mutationFn: () => api.post(`/api/people/duplicates/${pair.id}/dismiss`, { reason }),
    meta: { silent: true },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: duplicateQueueQuery.queryKey });
      notifySuccess(t('people.duplicates.dismissed'));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    dismiss.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('people.duplicates.notSame')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea label={t('people.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <ErrorAlert error={dismiss.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={dismiss.isPending} disabled={reason.trim().length < 3}>
              {t('people.duplicates.dismiss')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function JobProgress({ job }: { job: DuplicateJob }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = job.total > 0 ? Math.round((job.processed / job.total) * 100) : job.status === 'done' ? 100 : 0;
  return (
    <Paper withBorder p="sm">
      <Stack gap={4}>
        <Progress value={percent} animated={job.status === 'running'} aria-label={t('people.duplicates.progress')} />
        <Text size="sm" data-job-status={job.status}>
          {t(`people.duplicates.status.${job.status}`)} ·{' '}
          {t('people.duplicates.counts', { processed: format.number(job.processed), total: format.number(job.total), found: format.number(job.found) })}
        </Text>
        {job.error && <Alert color="red">{job.error}</Alert>}
      </Stack>
    </Paper>
  );
}

/** The duplicates page. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const job = useQuery({
    ...duplicateJobQuery,
    refetchInterval: (query) => (query.state.data?.job?.status === 'running' ? 1000 : false),
  });
  const queue = useQuery(duplicateQueueQuery);
  const [merging, setMerging] = useState<DuplicatePair | null>(null);
  const [dismissing, setDismissing] = useState<DuplicatePair | null>(null);
  const start = useMutation({
    mutationFn: () => api.post<DuplicateJob>('/api/people/duplicates/jobs'),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: duplicateJobQuery.queryKey });
    },
  });
  const status = job.data?.job?.status;
  const jobState = job.data?.job ? `${job.data.job.id}:${job.data.job.status}` : undefined;
  const previous = useRef(jobState);
  useEffect(() => {
    // A search that finished since the page opened brings new pairs.
    if (previous.current !== jobState && status !== 'running') {
      void queryClient.invalidateQueries({ queryKey: duplicateQueueQuery.queryKey });
    }
    previous.current = jobState;
  }, [jobState, status, queryClient]);
  const items = queue.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageTitle>{t('people.duplicates.title')}</PageTitle>
      <PeopleTabs />
      <Text>{t('people.duplicates.intro')}</Text>
      <Group>
        <Button onClick={() => start.mutate()} loading={start.isPending} disabled={status === 'running'}>
          {t('people.duplicates.start')}
        </Button>
      </Group>
      {job.data?.job && <JobProgress job={job.data.job} />}
      <Group justify="space-between" align="flex-start">
        <Title order={3}>{t('people.duplicates.queue')}</Title>
        <ExportButton path="/api/people/duplicates/export" params={{}} disabled={items.length === 0} />
      </Group>
      {queue.isPending && <Text>{t('common.loading')}</Text>}
      {queue.data && items.length === 0 && <Text c="dimmed">{t('people.duplicates.empty')}</Text>}
      {items.map((pair) => (
        <Paper key={pair.id} withBorder p="md" data-pair={pair.id} aria-label={t('people.duplicates.pairLabel', { a: latinName(pair.a), b: latinName(pair.b) })} role="group">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start">
              <ScoreBar score={pair.score} />
              <Reasons reasons={pair.explanation} />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <PersonCard person={pair.a} />
              <PersonCard person={pair.b} />
            </SimpleGrid>
            <Group>
              <Button variant="default" onClick={() => setDismissing(pair)}>
                {t('people.duplicates.notSame')}
              </Button>
              <Button color="red" onClick={() => setMerging(pair)}>
                {t('people.duplicates.merge')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      {merging && <MergeDialog pair={merging} onClose={() => setMerging(null)} />}
      {dismissing && <DismissDialog pair={dismissing} onClose={() => setDismissing(null)} />}
    </Stack>
  );
}
