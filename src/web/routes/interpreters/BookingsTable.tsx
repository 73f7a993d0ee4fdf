/** A table of bookings with their cancellation (a reason is asked), used by the interpreter page and the bookings tab. */
import { Anchor, Badge, Button, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { FormActions } from '../../components/FormActions';
import { Ltr } from '../../components/Ltr';
import { notifySuccess } from '../../components/notify';
import { usePeriodFormat } from './interpreterFormat';
import { useCancelBooking, type Booking } from './interpretersApi';
import { useLanguageName } from './languages';

function CancelDialog({ booking, onClose }: { booking: Booking; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelBooking();
  const format = usePeriodFormat();
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    cancel.mutate(
      { id: booking.id, reason },
      {
        onSuccess: () => {
          notifySuccess(t('interpreters.bookings.cancelled'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('interpreters.bookings.cancelTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text>
            {booking.interpreterName} · {format.period(booking.startsAt, booking.endsAt)}
          </Text>
          <Textarea
            label={t('interpreters.fields.reason')}
            required
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldErrors(cancel.error).reason}
          />
          <FormActions
            error={cancel.error}
            pending={cancel.isPending}
            onCancel={onClose}
            saveLabel={t('interpreters.bookings.cancel')}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** The bookings, earliest first; `showInterpreter` adds the interpreter's column. */
export function BookingsTable({
  bookings,
  showInterpreter,
  label,
}: {
  bookings: Booking[];
  showInterpreter?: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const format = usePeriodFormat();
  const nameOf = useLanguageName();
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  if (bookings.length === 0) {
    return <Text c="dimmed">{t('interpreters.bookings.none')}</Text>;
  }
  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('interpreters.fields.when')}</Table.Th>
              {showInterpreter && <Table.Th>{t('interpreters.fields.interpreter')}</Table.Th>}
              <Table.Th>{t('interpreters.fields.purposeKind')}</Table.Th>
              <Table.Th>{t('interpreters.fields.language')}</Table.Th>
              <Table.Th>{t('interpreters.fields.place')}</Table.Th>
              <Table.Th>{t('interpreters.fields.status')}</Table.Th>
              <Table.Th>{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {bookings.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Th scope="row" fw="normal">
                  {format.period(b.startsAt, b.endsAt)}
                </Table.Th>
                {showInterpreter && (
                  <Table.Td>
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/interpreters/$id" params={{ id: b.interpreterId }} />
                      )}
                    >
                      {b.interpreterName}
                    </Anchor>
                  </Table.Td>
                )}
                <Table.Td>
                  {b.restricted ? (
                    <Text span c="dimmed">
                      {t('interpreters.bookings.restricted')}
                    </Text>
                  ) : (
                    <>
                      {t(`interpreters.purpose.${b.purpose.kind}`)}
                      {b.purpose.label && ` · ${b.purpose.label}`}
                      {b.purpose.reference && (
                        <Text span c="dimmed">
                          {' '}
                          (<Ltr>{b.purpose.reference}</Ltr>)
                        </Text>
                      )}
                    </>
                  )}
                </Table.Td>
                <Table.Td>
                  {nameOf(b.language)} · {t(`interpreters.modality.${b.modality}`)}
                </Table.Td>
                <Table.Td>{b.place || '—'}</Table.Td>
                <Table.Td>
                  <Badge color={b.status === 'booked' ? 'green' : 'gray'} variant="light">
                    {t(`interpreters.status.${b.status}`)}
                  </Badge>
                  {b.outsideAvailability && (
                    <Text size="xs" c="orange">
                      {t('interpreters.bookings.outside')}
                    </Text>
                  )}
                  {b.cancelReason && <Text size="xs">{b.cancelReason}</Text>}
                </Table.Td>
                <Table.Td>
                  {b.can.cancel && (
                    <Button size="xs" variant="light" color="red" onClick={() => setCancelling(b)}>
                      {t('interpreters.bookings.cancel')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {cancelling && <CancelDialog booking={cancelling} onClose={() => setCancelling(null)} />}
    </>
  );
}
