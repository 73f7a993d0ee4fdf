/**
 * Trafficking indicators: a first-line professional (police, border, caseworker) checks the indicators they
 * observed for a person and signals them to the anti-trafficking agency; they see their own signals only,
 * never the case the agency opens.
 */
import { Alert, Button, Card, Checkbox, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { useFileSignal } from '../caseActions';
import { useCaseLabels } from '../caseLabels';
import { mySignalsQuery, signalOptionsQuery, type Signal } from '../casesApi';
import { PersonPicker } from '../common/PersonPicker';
import { today } from '../case/ServiceDialog';

const route = getRouteApi('/app/cases/signals');

function SignalForm({ initialPersonId, onFiled }: { initialPersonId?: string; onFiled: (signal: Signal) => void }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const options = useQuery(signalOptionsQuery);
  const file = useFileSignal();
  const [personId, setPersonId] = useState<string | null>(initialPersonId ?? null);
  const [indicators, setIndicators] = useState<string[]>([]);
  const [observedOn, setObservedOn] = useState(today());
  const [location, setLocation] = useState('');
  const [note, setNote] = useState('');
  const agencies = options.data?.agencies ?? [];
  const [agency, setAgency] = useState<string | null>(null);
  const errors = fieldErrors(file.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    file.mutate(
      {
        personId: personId ?? '',
        indicators,
        observedOn: observedOn || undefined,
        location: location.trim() || undefined,
        note: note.trim() || undefined,
        agencyOrganisationId: agencies.length > 1 ? (agency ?? undefined) : agencies[0]?.id,
      },
      {
        onSuccess: (signal) => {
          notifySuccess(t('cases.signals.filed', { agency: signal.agency.name }));
          setIndicators([]);
          setNote('');
          setLocation('');
          onFiled(signal);
        },
      },
    );
  };
  return (
    <Card withBorder padding="md" component="form" onSubmit={submit} noValidate aria-label={t('cases.signals.form')}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('cases.signals.form')}
        </Title>
        <PersonPicker value={personId} onChange={setPersonId} required error={errors.personId} />
        <Checkbox.Group
          label={t('cases.signals.indicators')}
          description={t('cases.signals.indicatorsHint')}
          required
          value={indicators}
          onChange={setIndicators}
          error={errors.indicators}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing={8} mt={8}>
            {(options.data?.indicators ?? []).map((code) => (
              <Checkbox key={code} value={code} label={labels.of('indicators', code)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Group grow align="flex-start">
          <TextInput
            type="date"
            dir="ltr"
            label={t('cases.signals.observedOn')}
            value={observedOn}
            onChange={(event) => setObservedOn(event.currentTarget.value)}
            error={errors.observedOn}
          />
          <TextInput
            label={t('cases.signals.location')}
            value={location}
            onChange={(event) => setLocation(event.currentTarget.value)}
            error={errors.location}
          />
        </Group>
        <Textarea
          label={t('cases.signals.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.note}
        />
        {agencies.length > 1 ? (
          <Select
            label={t('cases.signals.agency')}
            required
            data={agencies.map((a) => ({ value: a.id, label: a.name }))}
            value={agency}
            onChange={setAgency}
            error={errors.agencyOrganisationId}
          />
        ) : (
          agencies[0] && <Text size="sm">{t('cases.signals.goesTo', { agency: agencies[0].name })}</Text>
        )}
        <ErrorAlert error={file.error ?? options.error} />
        <Group>
          <Button type="submit" loading={file.isPending}>
            {t('cases.signals.send')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function MySignals() {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const signals = useQuery(mySignalsQuery);
  const list = signals.data ?? [];
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-start">
        <Title order={3} size="h4">
          {t('cases.signals.mine')}
        </Title>
        <ExportButton path="/api/cases/signals/export" params={{}} disabled={list.length === 0} />
      </Group>
      <ErrorAlert error={signals.error} />
      {list.length === 0 ? (
        <Text c="dimmed">{t('cases.signals.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder aria-label={t('cases.signals.mine')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.signals.when')}</Table.Th>
                <Table.Th>{t('cases.signals.person')}</Table.Th>
                <Table.Th>{t('cases.signals.indicators')}</Table.Th>
                <Table.Th>{t('cases.signals.agency')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((signal) => (
                <Table.Tr key={signal.id}>
                  <Table.Th scope="row" fw="normal">
                    {format.dateTime(signal.createdAt)}
                  </Table.Th>
                  <Table.Td dir="auto">{signal.personName}</Table.Td>
                  <Table.Td>{signal.indicators.map((i) => labels.of('indicators', i)).join('; ')}</Table.Td>
                  <Table.Td>{signal.agency.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The indicators tab. */
export function SignalsPage() {
  const { t } = useTranslation();
  const { personId } = route.useSearch();
  const [filed, setFiled] = useState<Signal | null>(null);
  return (
    <Stack gap="md">
      <Text>{t('cases.signals.intro')}</Text>
      {filed && (
        <Alert color="green" title={t('cases.signals.filedTitle')} withCloseButton onClose={() => setFiled(null)}>
          {t('cases.signals.filedBody', { person: filed.personName, agency: filed.agency.name })}
        </Alert>
      )}
      <SignalForm key={personId ?? ''} initialPersonId={personId} onFiled={setFiled} />
      <MySignals />
    </Stack>
  );
}
