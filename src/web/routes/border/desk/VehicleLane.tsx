/**
 * The desk for a vehicle: plate, country and type, then each occupant scanned and decided in turn (the
 * driver first, then the passengers), and the whole group recorded as one crossing in one call. The
 * group's reference makes a retried call the same vehicle crossing.
 */
import {
  ActionIcon,
  Badge,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import type { DeskPost } from './bcps';
import { CrossingOutcome } from './CrossingOutcome';
import { DecisionBar, KeyButton, ProcessingClock, type DecisionChoice } from './DecisionBar';
import {
  newClientRef,
  VEHICLE_TYPES,
  type Purpose,
  type RecordedVehicle,
  type VehicleRole,
  type VehicleType,
} from './deskApi';
import { useDeskKeys } from './deskKeys';
import { ScreeningResult } from './HitDetails';
import { MrzField } from './MrzField';
import { useTravellerScan } from './mrzScan';
import { DecisionBadge } from './TravelFacts';
import { DocumentFacts, RegistryFacts, useTravellerChecks } from './TravellerFacts';

interface VehicleDraft {
  plate: string;
  country: string;
  type: VehicleType;
}

/** An occupant scanned and decided, waiting for the vehicle to be recorded. */
interface Occupant {
  key: string;
  firstScanAt: string | null;
  /** When the officer decided this occupant: their processing time ends here, not at the vehicle's record. */
  decidedAt: string;
  mrz: string;
  name: string;
  documentNumber: string;
  personId: string | null;
  purpose: Purpose | null;
  choice: DecisionChoice;
}

const EMPTY_VEHICLE: VehicleDraft = { plate: '', country: '', type: 'car' };
// The server's rules for a plate and a country code, checked here so the key is offered only when they hold.
const PLATE = /^[\p{L}\p{N} -]{2,15}$/u;
const COUNTRY = /^([A-Z]{3}|D)$/;

/** The driver comes first; everyone after is a passenger. */
function roleOf(index: number): VehicleRole {
  return index === 0 ? 'driver' : 'passenger';
}

/** One lane, one vehicle at a time. */
export function VehicleLane({ post }: { post: DeskPost }) {
  const { t } = useTranslation();
  const plateRef = useRef<HTMLInputElement>(null);
  const mrzRef = useRef<HTMLTextAreaElement>(null);
  const [vehicle, setVehicle] = useState<VehicleDraft>(EMPTY_VEHICLE);
  const [groupRef, setGroupRef] = useState(newClientRef);
  const [occupants, setOccupants] = useState<Occupant[]>([]);
  const [purpose, setPurpose] = useState<Purpose | null>(null);
  const { scan, document, type, read, reset } = useTravellerScan();
  const checks = useTravellerChecks(document);
  const record = useMutation({
    mutationFn: () =>
      api.post<RecordedVehicle>('/api/border/vehicle-crossings', {
        clientRef: groupRef,
        siteId: post.siteId,
        lane: post.lane,
        direction: post.direction,
        at: new Date().toISOString(),
        vehicle: { plate: vehicle.plate.trim(), country: vehicle.country, type: vehicle.type },
        occupants: occupants.map((o, index) => ({
          role: roleOf(index),
          firstScanAt: o.firstScanAt,
          decidedAt: o.decidedAt,
          document: { mrz: o.mrz },
          traveller: o.personId ? { personId: o.personId } : undefined,
          purpose: o.purpose,
          ...o.choice,
        })),
      }),
    meta: { silent: true },
  });
  const recorded = record.data ?? null;
  const scanning = scan.text !== '' || scan.result !== null;
  const vehicleReady = PLATE.test(vehicle.plate.trim()) && COUNTRY.test(vehicle.country);
  const canRecord = vehicleReady && occupants.length > 0 && !scanning && !record.isPending && !recorded;
  const addOccupant = (choice: DecisionChoice) => {
    if (!scan.result?.ok) {
      return;
    }
    const d = scan.result.document;
    const occupant = {
      key: scan.clientRef,
      firstScanAt: scan.firstScanAt,
      decidedAt: new Date().toISOString(),
      mrz: d.lines.join('\n'),
      name: [d.surname, d.givenNames].filter(Boolean).join(', '),
      documentNumber: d.documentNumber,
      personId: checks.personId,
      purpose,
      choice,
    };
    setOccupants((current) => [...current, occupant]);
    reset();
    setPurpose(null);
    mrzRef.current?.focus();
  };
  const nextVehicle = () => {
    setVehicle(EMPTY_VEHICLE);
    setOccupants([]);
    setGroupRef(newClientRef());
    setPurpose(null);
    reset();
    record.reset();
    plateRef.current?.focus();
  };
  const rescan = () => {
    reset();
    mrzRef.current?.focus();
  };
  useDeskKeys({
    recordVehicle: canRecord ? () => record.mutate() : undefined,
    next: record.isPending ? undefined : recorded ? nextVehicle : scanning ? rescan : undefined,
  });
  if (recorded) {
    return (
      <Stack gap="md">
        <Group justify="space-between">
          <Text fw={700} size="lg">
            {t('border.desk.vehicle.recorded', {
              plate: recorded.vehicle.plate,
              count: recorded.occupants.length,
            })}
          </Text>
          <KeyButton
            command="next"
            label={t('border.desk.vehicle.next')}
            variant="default"
            onClick={nextVehicle}
          />
        </Group>
        {recorded.occupants.map((occupant, index) => (
          <CrossingOutcome
            key={occupant.crossing.id}
            recorded={occupant}
            title={`${t(`border.vehicleRoles.${roleOf(index)}`)}: ${occupant.person.surname}, ${occupant.person.givenNames}`}
          />
        ))}
      </Stack>
    );
  }
  const set = (key: keyof VehicleDraft) => (value: string) =>
    setVehicle((current) => ({ ...current, [key]: value }));
  return (
    <Stack gap="md">
      <Paper withBorder p="sm" role="group" aria-label={t('border.desk.vehicle.title')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            ref={plateRef}
            autoFocus
            label={t('border.desk.vehicle.plate')}
            dir="ltr"
            maxLength={15}
            value={vehicle.plate}
            onChange={(e) => set('plate')(e.currentTarget.value.toUpperCase())}
            required
          />
          <TextInput
            label={t('border.desk.vehicle.country')}
            description={t('border.desk.vehicle.countryHint')}
            dir="ltr"
            maxLength={3}
            value={vehicle.country}
            onChange={(e) => set('country')(e.currentTarget.value.toUpperCase())}
            required
          />
          <Select
            label={t('border.desk.vehicle.type')}
            data={VEHICLE_TYPES.map((value) => ({ value, label: t(`border.vehicleTypes.${value}`) }))}
            value={vehicle.type}
            onChange={(value) => set('type')(value ?? 'car')}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Paper>
      <OccupantList
        occupants={occupants}
        onRemove={(key) => setOccupants((current) => current.filter((o) => o.key !== key))}
      />
      {document && <ScreeningResult screening={checks.screening} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm">
            <MrzField
              scan={scan}
              inputRef={mrzRef}
              autoFocus={false}
              label={t(
                occupants.length === 0 ? 'border.desk.vehicle.driverMrz' : 'border.desk.vehicle.passengerMrz',
                { number: occupants.length },
              )}
              onType={type}
              onScanned={read}
            />
            {scan.result?.ok && (
              <DocumentFacts document={scan.result.document} expired={scan.result.flags.expired} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>{document && <RegistryFacts checks={checks} />}</Grid.Col>
      </Grid>
      {document && (
        <Stack gap="xs">
          <DecisionBar
            ready={checks.screened}
            pending={false}
            purpose={purpose}
            onPurpose={setPurpose}
            onDecide={addOccupant}
          />
          <ProcessingClock since={scan.firstScanAt} />
        </Stack>
      )}
      <Group>
        <KeyButton
          command="recordVehicle"
          label={t('border.desk.vehicle.record', { count: occupants.length })}
          disabled={!canRecord}
          loading={record.isPending}
          onClick={() => record.mutate()}
        />
        {!vehicleReady && <Text size="sm">{t('border.desk.vehicle.incomplete')}</Text>}
      </Group>
      <ErrorAlert error={record.error} />
    </Stack>
  );
}

/** The occupants decided so far, with their role and decision; one may be taken out before recording. */
function OccupantList({ occupants, onRemove }: { occupants: Occupant[]; onRemove: (key: string) => void }) {
  const { t } = useTranslation();
  if (occupants.length === 0) {
    return null;
  }
  return (
    <Table withTableBorder aria-label={t('border.desk.vehicle.occupants')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('border.desk.vehicle.role')}</Table.Th>
          <Table.Th>{t('border.desk.vehicle.name')}</Table.Th>
          <Table.Th>{t('border.desk.document.number')}</Table.Th>
          <Table.Th>{t('border.desk.crossing.decision')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {occupants.map((occupant, index) => (
          <Table.Tr key={occupant.key}>
            <Table.Td>
              <Badge variant="light">{t(`border.vehicleRoles.${roleOf(index)}`)}</Badge>
            </Table.Td>
            <Table.Td>{occupant.name}</Table.Td>
            <Table.Td>
              <Ltr mono>{occupant.documentNumber}</Ltr>
            </Table.Td>
            <Table.Td>
              <DecisionBadge crossing={occupant.choice} />
            </Table.Td>
            <Table.Td>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('common.removeNamed', { name: occupant.name })}
                onClick={() => onRemove(occupant.key)}
              >
                ×
              </ActionIcon>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
