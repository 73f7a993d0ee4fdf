/**
 * An alert raised at a crossing, with what the caller may do next (the server says: `can`): an officer
 * resolves an open one as a confirmed match or a false positive, with a reason; a supervisor closes a
 * confirmed match with a note.
 */
import { Anchor, Badge, Button, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import type { AlertStatus, BorderAlert } from './deskApi';
import { ActionBadge, HitFacts, hitSourceName } from './HitDetails';

/** The server's minimum for a reason or a note. */
const MIN_REASON = 5;

const STATUS_COLOURS: Record<AlertStatus, string> = {
  open: 'red',
  confirmed: 'orange',
  'false-positive': 'gray',
  closed: 'green',
};

/** An alert's card; `siteName` when the list spans several BCPs. */
export function AlertCard({ alert, siteName }: { alert: BorderAlert; siteName?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The answer of a resolution or closing is shown at once, before any list is read again.
  const [changed, setChanged] = useState<BorderAlert | null>(null);
  const shown = changed ?? alert;
  const hit = shown.explanation;
  const traveller = hit.traveller;
  const source = hitSourceName(hit, t('border.desk.hit.lostDocumentsList'));
  const label = t('border.desk.alert.label', { source, traveller: traveller?.names[0] ?? '' });
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-label={label}
      style={{ borderInlineStart: `6px solid var(--mantine-color-${STATUS_COLOURS[shown.status]}-8)` }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Text fw={700}>{t('border.desk.hit.title', { source })}</Text>
            <ActionBadge action={shown.action} />
            <Badge color={STATUS_COLOURS[shown.status]} variant="light">
              {t(`border.alertStatuses.${shown.status}`)}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {format.dateTime(shown.createdAt)}
            {siteName ? ` · ${siteName}` : ''}
          </Text>
        </Group>
        {traveller && (
          <Text size="sm" component="div">
            <Text span c="dimmed" size="sm">
              {t('border.desk.alert.traveller')}:{' '}
            </Text>
            <Text span fw={700} dir="auto">
              {traveller.names.join(' / ')}
            </Text>
            {traveller.dateOfBirth && (
              <>
                {' · '}
                <Ltr mono>{traveller.dateOfBirth}</Ltr>
              </>
            )}
            {traveller.document && (
              <>
                {' · '}
                <Ltr mono>
                  {traveller.document.number} {traveller.document.issuingState}
                </Ltr>
              </>
            )}
            {shown.personId && (
              <>
                {' · '}
                {/* A new tab keeps the desk or the list where it was. */}
                <Anchor href={`/people/${shown.personId}`} target="_blank" rel="noreferrer" size="sm">
                  {t('border.desk.alert.openPerson')}
                </Anchor>
              </>
            )}
          </Text>
        )}
        <HitFacts hit={hit} />
        {shown.resolutionReason && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('border.desk.alert.resolvedBecause')}:{' '}
            </Text>
            <span dir="auto">{shown.resolutionReason}</span>
          </Text>
        )}
        {shown.supervisorNote && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t('border.desk.alert.supervisorNote')}:{' '}
            </Text>
            <span dir="auto">{shown.supervisorNote}</span>
          </Text>
        )}
        {shown.can.resolve && <ResolveForm alert={shown} onDone={setChanged} />}
        {shown.can.close && <CloseForm alert={shown} onDone={setChanged} />}
      </Stack>
    </Paper>
  );
}

type Outcome = 'false-positive' | 'confirmed';

/** The officer's judgement: false positive (remembered for this person and entry) or confirmed (to a supervisor). */
function ResolveForm({ alert, onDone }: { alert: BorderAlert; onDone: (alert: BorderAlert) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reason, setReason] = useState('');
  const resolve = useMutation({
    mutationFn: () =>
      api.post<BorderAlert>(`/api/border/alerts/${alert.id}/resolve`, { outcome, reason: reason.trim() }),
    meta: { silent: true },
    onSuccess: async (updated) => {
      onDone(updated);
      notifySuccess(
        t(
          updated.status === 'confirmed'
            ? 'border.desk.alert.confirmedDone'
            : 'border.desk.alert.falsePositiveDone',
        ),
      );
      await queryClient.invalidateQueries({ queryKey: ['border', 'alerts'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    resolve.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('border.desk.alert.resolveForm')}>
      <Stack gap="xs">
        <Radio.Group
          label={t('border.desk.alert.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as Outcome)}
          required
        >
          <Group gap="lg" mt={4}>
            <Radio value="false-positive" label={t('border.alertStatuses.false-positive')} />
            <Radio value="confirmed" label={t('border.alertStatuses.confirmed')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('border.desk.alert.reason')}
          description={t('border.desk.alert.reasonHint')}
          autosize
          minRows={2}
          dir="auto"
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={fieldErrors(resolve.error).reason}
          required
        />
        <Group>
          <Button
            type="submit"
            loading={resolve.isPending}
            disabled={!outcome || reason.trim().length < MIN_REASON}
          >
            {t('border.desk.alert.resolve')}
          </Button>
        </Group>
        <ErrorAlert error={resolve.error} />
      </Stack>
    </form>
  );
}

/** A supervisor closes a confirmed match with a note. */
function CloseForm({ alert, onDone }: { alert: BorderAlert; onDone: (alert: BorderAlert) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const close = useMutation({
    mutationFn: () => api.post<BorderAlert>(`/api/border/alerts/${alert.id}/close`, { note: note.trim() }),
    meta: { silent: true },
    onSuccess: async (updated) => {
      onDone(updated);
      notifySuccess(t('border.desk.alert.closedDone'));
      await queryClient.invalidateQueries({ queryKey: ['border', 'alerts'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    close.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('border.desk.alert.closeForm')}>
      <Stack gap="xs">
        <Textarea
          label={t('border.desk.alert.note')}
          description={t('border.desk.alert.noteHint')}
          autosize
          minRows={2}
          dir="auto"
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={fieldErrors(close.error).note}
          required
        />
        <Group>
          <Button type="submit" loading={close.isPending} disabled={note.trim().length < MIN_REASON}>
            {t('border.desk.alert.close')}
          </Button>
        </Group>
        <ErrorAlert error={close.error} />
      </Stack>
    </form>
  );
}
