/** One interpreter: languages, ways of working, contact, availability and their bookings. */
import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { PageTitle } from '../../components/PageTitle';
import { AvailabilityForm } from './AvailabilityForm';
import { BookingsTable } from './BookingsTable';
import { InterpreterForm } from './InterpreterForm';
import { usePeriodFormat } from './interpreterFormat';
import { bookingsQuery, interpreterQuery, type Availability } from './interpretersApi';
import { useLanguageName } from './languages';

const route = getRouteApi('/app/interpreters/$id');

function AvailabilityCard({ availability }: { availability: Availability }) {
  const { t } = useTranslation();
  const format = usePeriodFormat();
  const empty = availability.weekly.length === 0 && availability.dated.length === 0;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('interpreters.interpreter.timesIn', { timeZone: availability.timeZone })}
      </Text>
      {empty && <Text c="orange">{t('interpreters.interpreter.noAvailability')}</Text>}
      {availability.weekly.length > 0 && (
        <List aria-label={t('interpreters.interpreter.weekly')}>
          {availability.weekly.map((w, i) => (
            <List.Item key={i}>
              {t(`interpreters.weekday.${String(w.weekday) as '1'}`)}{' '}
              <Ltr>
                {w.start}–{w.end}
              </Ltr>
            </List.Item>
          ))}
        </List>
      )}
      {availability.dated.length > 0 && (
        <>
          <Text fw={500}>{t('interpreters.interpreter.dated')}</Text>
          <List>
            {availability.dated.map((p, i) => (
              <List.Item key={i}>{format.period(p.startsAt, p.endsAt)}</List.Item>
            ))}
          </List>
        </>
      )}
      {availability.unavailable.length > 0 && (
        <>
          <Text fw={500}>{t('interpreters.interpreter.unavailable')}</Text>
          <List>
            {availability.unavailable.map((p, i) => (
              <List.Item key={i}>
                {format.period(p.startsAt, p.endsAt)}
                {p.note && ` · ${p.note}`}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Stack>
  );
}

/** The page. */
export function InterpreterPage() {
  const { t } = useTranslation();
  const nameOf = useLanguageName();
  const navigate = useNavigate();
  const { id } = route.useParams();
  const interpreter = useQuery(interpreterQuery(id));
  const bookings = useQuery(
    bookingsQuery({
      interpreterId: id,
      from: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      includeCancelled: true,
    }),
  );
  const [editing, setEditing] = useState<'details' | 'availability' | null>(null);
  if (!interpreter.data) {
    return <ErrorAlert error={interpreter.error} />;
  }
  const data = interpreter.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <PageTitle>{data.name}</PageTitle>
        <Group>
          {data.can.book && (
            <Button
              onClick={() =>
                void navigate({
                  to: '/interpreters/new-booking',
                  search: { interpreterId: id, language: data.languages[0]?.code },
                })
              }
            >
              {t('interpreters.interpreter.book')}
            </Button>
          )}
          {data.can.manage && (
            <Button variant="default" onClick={() => setEditing('details')}>
              {t('interpreters.interpreter.edit')}
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Group gap="xs">
              {data.languages.map((l) => (
                <Badge key={l.code} variant="light" tt="none">
                  {nameOf(l)}
                </Badge>
              ))}
              {!data.active && <Badge color="gray">{t('interpreters.pool.inactive')}</Badge>}
            </Group>
            <Text>
              {t('interpreters.fields.modalities')}:{' '}
              {data.modalities.map((m) => t(`interpreters.modality.${m}`)).join(', ')}
            </Text>
            <Text>
              {t('interpreters.fields.organisation')}: {data.organisation || '—'}
            </Text>
            <Title order={3} size="h5">
              {t('interpreters.interpreter.contact')}
            </Title>
            <Text>
              <Ltr>{data.phone ?? '—'}</Ltr> · <Ltr>{data.email ?? '—'}</Ltr>
            </Text>
          </Stack>
        </Card>
        <Card withBorder>
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h5">
              {t('interpreters.interpreter.availability')}
            </Title>
            {data.can.manage && (
              <Button size="xs" variant="light" onClick={() => setEditing('availability')}>
                {t('interpreters.interpreter.editAvailability')}
              </Button>
            )}
          </Group>
          <AvailabilityCard availability={data.availability} />
        </Card>
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('interpreters.interpreter.bookings')}
      </Title>
      <ErrorAlert error={bookings.error} />
      <BookingsTable bookings={bookings.data ?? []} label={t('interpreters.interpreter.bookings')} />
      {editing === 'details' && <InterpreterForm interpreter={data} onClose={() => setEditing(null)} />}
      {editing === 'availability' && (
        <AvailabilityForm
          interpreterId={id}
          availability={data.availability}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
