/** The bookings of the pool for a period (the period lives in the address). */
import { Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { BookingsTable } from './BookingsTable';
import { localDay, localInstant } from './interpreterFormat';
import { bookingsQuery } from './interpretersApi';

const route = getRouteApi('/app/interpreters/bookings');

/** The bookings tab. */
export function BookingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const search = route.useSearch();
  const from = search.from ?? localDay();
  const to = search.to ?? localDay(13);
  const bookings = useQuery(
    bookingsQuery({
      from: localInstant(from, '00:00'),
      to: localInstant(to, '23:59'),
      includeCancelled: search.cancelled === 'true',
    }),
  );
  const set = (patch: Partial<typeof search>) =>
    void navigate({ to: '/interpreters/bookings', search: { ...search, ...patch }, replace: true });
  return (
    <Stack gap="md">
      <Text>{t('interpreters.bookings.intro')}</Text>
      <Group align="flex-end">
        <TextInput
          type="date"
          dir="ltr"
          label={t('interpreters.fields.from')}
          value={from}
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
          w={170}
        />
        <TextInput
          type="date"
          dir="ltr"
          label={t('interpreters.fields.to')}
          value={to}
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
          w={170}
        />
        <Checkbox
          mb={8}
          label={t('interpreters.bookings.showCancelled')}
          checked={search.cancelled === 'true'}
          onChange={(e) => set({ cancelled: e.currentTarget.checked ? 'true' : undefined })}
        />
        <ExportButton
          path="/api/interpreters/bookings/export"
          params={{ from: localInstant(from, '00:00'), to: localInstant(to, '23:59'), includeCancelled: search.cancelled === 'true' ? 'true' : undefined }}
        />
      </Group>
      <ErrorAlert error={bookings.error} />
      {bookings.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <BookingsTable
          bookings={bookings.data ?? []}
          showInterpreter
          label={t('interpreters.tabs.bookings')}
        />
      )}
    </Stack>
  );
}
