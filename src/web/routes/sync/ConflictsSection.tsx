/** Persons edited at a post and at headquarters before either knew: the list to review, open or resolved. */
import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import { ConflictReview } from './ConflictReview';
import { syncConflictsQuery, type ConflictStatus, type SyncConflict } from './syncApi';

function ConflictRow({ conflict, onReview }: { conflict: SyncConflict; onReview: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor renderRoot={(props) => <Link {...props} to="/people/$id" params={{ id: conflict.personId }} />}>
          <Ltr mono>{conflict.registrationNumber ?? conflict.personId.slice(0, 8)}</Ltr>
        </Anchor>
      </Table.Td>
      <Table.Td>{conflict.site.name}</Table.Td>
      <Table.Td>{format.list(conflict.fields.map((field) => t(`people.fields.${field}`, { defaultValue: field })))}</Table.Td>
      <Table.Td>{format.dateTime(conflict.detectedAt)}</Table.Td>
      <Table.Td>
        {conflict.status === 'open' ? (
          <Text size="sm">{t('sync.conflicts.open')}</Text>
        ) : (
          <Text size="sm">
            {conflict.resolution ? t(`sync.conflicts.choices.${conflict.resolution}` as const, { post: conflict.site.name }) : '—'} ·{' '}
            {format.dateTime(conflict.resolvedAt)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Button size="compact-sm" variant="default" onClick={onReview} aria-label={t('sync.conflicts.reviewOf', { person: conflict.registrationNumber ?? '' })}>
          {conflict.status === 'open' ? t('sync.conflicts.review') : t('sync.conflicts.show')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** The conflicts list with its review dialog. */
export function ConflictsSection() {
  const { t } = useTranslation();
  const titleId = useId();
  const [status, setStatus] = useState<ConflictStatus>('open');
  const [reviewing, setReviewing] = useState<string | null>(null);
  // The dialog stays mounted and opens and closes (rather than mounting with each conflict), so that it
  // notes the button that opened it and gives focus back to it when closed.
  const [open, setOpen] = useState(false);
  const conflicts = useQuery(syncConflictsQuery(status));
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-end">
        <Title order={3} size="h4" id={titleId}>
          {t('sync.conflicts.title')}
        </Title>
        <SegmentedControl
          aria-label={t('sync.conflicts.which')}
          value={status}
          onChange={(value) => setStatus(value === 'resolved' ? 'resolved' : 'open')}
          data={[
            { value: 'open', label: t('sync.conflicts.toReview') },
            { value: 'resolved', label: t('sync.conflicts.resolved') },
          ]}
        />
      </Group>
      <ErrorAlert error={conflicts.error} />
      {conflicts.data && conflicts.data.length === 0 && <Text size="sm">{status === 'open' ? t('sync.conflicts.noneOpen') : t('sync.conflicts.noneResolved')}</Text>}
      {conflicts.data && conflicts.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder aria-labelledby={titleId} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.conflicts.columns.person')}</Table.Th>
                <Table.Th>{t('sync.conflicts.columns.post')}</Table.Th>
                <Table.Th>{t('sync.conflicts.columns.fields')}</Table.Th>
                <Table.Th>{t('sync.conflicts.columns.detected')}</Table.Th>
                <Table.Th>{t('sync.conflicts.columns.status')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {conflicts.data.map((conflict) => (
                <ConflictRow
                  key={conflict.id}
                  conflict={conflict}
                  onReview={() => {
                    setReviewing(conflict.id);
                    setOpen(true);
                  }}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConflictReview id={reviewing} opened={open} onClose={() => setOpen(false)} />
    </Stack>
  );
}
