/** A centre's blocked places and reservations: lists, a new block (centre places, a room or a bed), ending one, cancelling a reservation. */
import { Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifyError, notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { todayIn } from '../../border/desk/deskFormat';
import { BORDER_TIME_ZONE } from '../../../../server/modules/border/reference';
import { postReception, useReceptionWrite, type CentreDetail } from './centresApi';

const TARGETS = ['places', 'room', 'bed'] as const;
type Target = (typeof TARGETS)[number];

function BlockDialog({ detail, onClose }: { detail: CentreDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<Target>('places');
  const [places, setPlaces] = useState<number | string>(1);
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [from, setFrom] = useState(todayIn(BORDER_TIME_ZONE));
  const [to, setTo] = useState('');
  const block = useReceptionWrite((body: Record<string, unknown>) => postReception(`/centres/${detail.centre.id}/blocks`, body));
  const errors = fieldErrors(block.error);
  const rooms = detail.units.flatMap((u) => u.rooms.map((r) => ({ value: r.id, label: `${u.name} · ${r.name}` })));
  const beds = detail.units.flatMap((u) =>
    u.rooms.flatMap((r) =>
      r.beds.filter((b) => b.active && b.state === 'free').map((b) => ({ value: b.id, label: `${u.name} · ${r.name} · ${b.label}` })),
    ),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const what = target === 'places' ? { places: Number(places) || 0 } : target === 'room' ? { roomId: chosen ?? '' } : { bedId: chosen ?? '' };
    block.mutate(
      { ...what, reason: reason.trim(), from, to: to || undefined },
      {
        onSuccess: () => {
          notifySuccess(t('reception.blocks.done'));
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('reception.blocks.new')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('reception.blocks.what')}
            data={TARGETS.map((value) => ({ value, label: t(`reception.blocks.targets.${value}`) }))}
            value={target}
            onChange={(value) => {
              setTarget(TARGETS.find((v) => v === value) ?? 'places');
              setChosen(null);
            }}
          />
          {target === 'places' ? (
            <NumberInput label={t('reception.blocks.places')} min={1} value={places} onChange={setPlaces} error={errors.places} />
          ) : (
            <Select
              label={target === 'room' ? t('reception.fields.room') : t('reception.fields.bed')}
              required
              searchable
              data={target === 'room' ? rooms : beds}
              value={chosen}
              onChange={setChosen}
              error={errors.roomId ?? errors.bedId}
            />
          )}
          <Textarea label={t('reception.blocks.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize error={errors.reason} />
          <Group grow>
            <TextInput type="date" dir="ltr" label={t('reception.blocks.from')} required value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors.from} />
            <TextInput type="date" dir="ltr" label={t('reception.blocks.to')} description={t('reception.blocks.toHint')} value={to} onChange={(e) => setTo(e.currentTarget.value)} error={errors.to} />
          </Group>
          <FormActions error={block.error} pending={block.isPending} onCancel={onClose} saveLabel={t('reception.blocks.submit')} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The blocked places and reservations tab of a centre page. */
export function BlocksPanel({ detail }: { detail: CentreDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [blocking, setBlocking] = useState(false);
  const endBlock = useReceptionWrite((id: string) => postReception(`/blocks/${id}/end`, {}));
  const cancel = useReceptionWrite((id: string) => postReception(`/reservations/${id}/cancel`, {}));
  const manage = detail.can.manage;
  const bedLabel = (bedId: string | null) =>
    detail.units.flatMap((u) => u.rooms.flatMap((r) => r.beds.filter((b) => b.id === bedId).map((b) => `${r.name} · ${b.label}`)))[0];
  const roomLabel = (roomId: string | null) => detail.units.flatMap((u) => u.rooms.filter((r) => r.id === roomId).map((r) => r.name))[0];
  const reservations = detail.reservations.filter((r) => r.status === 'active');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={3} size="h4">{t('reception.blocks.title')}</Title>
        {manage && <Button variant="light" onClick={() => setBlocking(true)}>{t('reception.blocks.new')}</Button>}
      </Group>
      {detail.blocks.length === 0 ? (
        <Text c="dimmed">{t('reception.blocks.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('reception.blocks.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reception.blocks.what')}</Table.Th>
              <Table.Th ta="end">{t('reception.blocks.places')}</Table.Th>
              <Table.Th>{t('reception.blocks.reason')}</Table.Th>
              <Table.Th>{t('reception.blocks.from')}</Table.Th>
              <Table.Th>{t('reception.blocks.to')}</Table.Th>
              {manage && <Table.Th>{t('reception.residents.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.blocks.map((block) => (
              <Table.Tr key={block.id}>
                <Table.Td>{block.bedId ? bedLabel(block.bedId) : block.roomId ? roomLabel(block.roomId) : t('reception.blocks.targets.places')}</Table.Td>
                <Table.Td ta="end">{format.number(block.places)}</Table.Td>
                <Table.Td>{block.reason}</Table.Td>
                <Table.Td><span dir="ltr">{block.from}</span></Table.Td>
                <Table.Td><span dir="ltr">{block.to ?? '—'}</span></Table.Td>
                {manage && (
                  <Table.Td>
                    <Button size="xs" variant="default" loading={endBlock.isPending} onClick={() => endBlock.mutate(block.id, { onSuccess: () => notifySuccess(t('reception.blocks.ended')), onError: notifyError })}>
                      {t('reception.blocks.end')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={3} size="h4">{t('reception.reservations.title')}</Title>
      {reservations.length === 0 ? (
        <Text c="dimmed">{t('reception.reservations.none')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('reception.reservations.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="end">{t('reception.blocks.places')}</Table.Th>
              <Table.Th>{t('reception.fields.bed')}</Table.Th>
              <Table.Th>{t('reception.fields.note')}</Table.Th>
              <Table.Th>{t('reception.reservations.until')}</Table.Th>
              {manage && <Table.Th>{t('reception.residents.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reservations.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td ta="end">{format.number(r.places)}</Table.Td>
                <Table.Td>{bedLabel(r.bedId) ?? '—'}</Table.Td>
                <Table.Td>{r.note ?? '—'}</Table.Td>
                <Table.Td>{format.dateTime(r.until)}</Table.Td>
                {manage && (
                  <Table.Td>
                    <Button size="xs" variant="default" loading={cancel.isPending} onClick={() => cancel.mutate(r.id, { onSuccess: () => notifySuccess(t('reception.reservations.cancelled')), onError: notifyError })}>
                      {t('reception.reservations.cancel')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {blocking && <BlockDialog detail={detail} onClose={() => setBlocking(false)} />}
    </Stack>
  );
}
