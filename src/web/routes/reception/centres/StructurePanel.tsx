/** A centre's units, rooms and beds with each bed's state; managers add units, rooms and beds. */
import { Badge, Button, Card, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { FormActions } from '../../../components/FormActions';
import { notifySuccess } from '../../../components/notify';
import {
  postReception,
  ROOM_PURPOSES,
  useReceptionWrite,
  type Bed,
  type BedState,
  type CentreDetail,
  type Room,
  type RoomPurpose,
} from './centresApi';

const STATE_COLOURS: Record<BedState, string> = { free: 'green', occupied: 'blue', reserved: 'grape', blocked: 'gray' };

type Adding = { kind: 'unit' } | { kind: 'room'; unitId: string } | { kind: 'beds'; room: Room };

function AddDialog({ siteId, adding, onClose }: { siteId: string; adding: Adding; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState<RoomPurpose | null>(null);
  const [count, setCount] = useState<number | string>(adding.kind === 'unit' ? 0 : 4);
  const write = useReceptionWrite((body: Record<string, unknown>) => {
    switch (adding.kind) {
      case 'unit':
        return postReception(`/centres/${siteId}/units`, body);
      case 'room':
        return postReception(`/units/${adding.unitId}/rooms`, body);
      case 'beds':
        return postReception(`/rooms/${adding.room.id}/beds`, body);
    }
  });
  const errors = fieldErrors(write.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body =
      adding.kind === 'unit'
        ? { name: name.trim() }
        : adding.kind === 'room'
          ? { name: name.trim(), purpose: purpose ?? undefined, beds: Number(count) || 0 }
          : { count: Number(count) || 0 };
    write.mutate(body, {
      onSuccess: () => {
        notifySuccess(t('reception.structure.saved'));
        onClose();
      },
    });
  };
  const title =
    adding.kind === 'unit'
      ? t('reception.structure.addUnit')
      : adding.kind === 'room'
        ? t('reception.structure.addRoom')
        : t('reception.structure.addBedsTo', { room: adding.room.name });
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {adding.kind !== 'beds' && (
            <TextInput label={t('reception.structure.name')} required data-autofocus value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
          )}
          {adding.kind === 'room' && (
            <Select
              label={t('reception.structure.purpose')}
              data={ROOM_PURPOSES.map((value) => ({ value, label: t(`reception.roomPurposes.${value}`) }))}
              value={purpose}
              onChange={(value) => setPurpose(ROOM_PURPOSES.find((p) => p === value) ?? null)}
              clearable
              error={errors.purpose}
            />
          )}
          {adding.kind !== 'unit' && (
            <NumberInput
              label={t('reception.structure.beds')}
              min={adding.kind === 'beds' ? 1 : 0}
              max={500}
              value={count}
              onChange={setCount}
              data-autofocus={adding.kind === 'beds' || undefined}
              error={errors.beds ?? errors.count}
            />
          )}
          <FormActions error={write.error} pending={write.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

function BedBadge({ bed }: { bed: Bed }) {
  const { t } = useTranslation();
  const state = bed.active ? t(`reception.bedStates.${bed.state}`) : t('reception.bedStates.inactive');
  return (
    <Badge
      color={bed.active ? STATE_COLOURS[bed.state] : 'dark'}
      variant={bed.state === 'free' ? 'outline' : 'light'}
      title={bed.person ? `${state} · ${bed.person.name}` : state}
      data-bed-state={bed.state}
    >
      {bed.label} · {state}
    </Badge>
  );
}

/** The beds tab of a centre page. */
export function StructurePanel({ detail }: { detail: CentreDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<Adding | null>(null);
  const manage = detail.can.manage;
  return (
    <Stack gap="md">
      {manage && (
        <Group>
          <Button variant="light" onClick={() => setAdding({ kind: 'unit' })}>
            {t('reception.structure.addUnit')}
          </Button>
        </Group>
      )}
      {detail.units.length === 0 && <Text c="dimmed">{t('reception.structure.none')}</Text>}
      {detail.units.map((unit) => (
        <Card key={unit.id} withBorder padding="md" component="section" aria-label={unit.name}>
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h4">
              {unit.name}
            </Title>
            {manage && (
              <Button size="xs" variant="light" onClick={() => setAdding({ kind: 'room', unitId: unit.id })}>
                {t('reception.structure.addRoom')}
              </Button>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {unit.rooms.map((room) => (
              <Stack key={room.id} gap={4}>
                <Group gap="xs">
                  <Text fw={600}>{room.name}</Text>
                  {room.purpose && <Text size="sm" c="dimmed">{t(`reception.roomPurposes.${room.purpose}`)}</Text>}
                  {manage && (
                    <Button size="compact-xs" variant="subtle" onClick={() => setAdding({ kind: 'beds', room })}>
                      {t('reception.structure.addBeds')}
                    </Button>
                  )}
                </Group>
                <Group gap={4} role="list" aria-label={t('reception.structure.bedsOf', { room: room.name })}>
                  {room.beds.map((bed) => (
                    <span role="listitem" key={bed.id}>
                      <BedBadge bed={bed} />
                    </span>
                  ))}
                </Group>
              </Stack>
            ))}
          </SimpleGrid>
        </Card>
      ))}
      {adding && <AddDialog siteId={detail.centre.id} adding={adding} onClose={() => setAdding(null)} />}
    </Stack>
  );
}
