/** The services delivered on a case (support, visits, assistance with amounts) and a service to record. */
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import { useCaseLabels } from '../caseLabels';
import { casePersonName, type CaseDetail, type Service, type ServiceKind } from '../casesApi';
import { ServiceDialog } from './ServiceDialog';

/** An amount with its currency, in the interface language. */
export function useMoney(): (amount: number | null, currency: string | null) => string {
  const { i18n } = useTranslation();
  return (amount, currency) => {
    if (amount === null) {
      return '—';
    }
    try {
      return new Intl.NumberFormat(i18n.language, { style: 'currency', currency: currency ?? 'EUR' }).format(amount);
    } catch {
      return `${amount} ${currency ?? ''}`;
    }
  };
}

/** A table of services. */
export function ServicesTable({ detail, services, label }: { detail: CaseDetail; services: readonly Service[]; label: string }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const money = useMoney();
  const personName = (id: string | null) => {
    const person = detail.persons?.find((p) => p.personId === id);
    return person ? casePersonName(person) : '—';
  };
  if (services.length === 0) {
    return <Text c="dimmed">{t('cases.services.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.services.deliveredOn')}</Table.Th>
            <Table.Th>{t('cases.services.kind')}</Table.Th>
            <Table.Th>{t('cases.services.person')}</Table.Th>
            <Table.Th>{t('cases.services.description')}</Table.Th>
            <Table.Th ta="end">{t('cases.services.amount')}</Table.Th>
            <Table.Th>{t('cases.services.provider')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => (
            <Table.Tr key={service.id}>
              <Table.Th scope="row" fw="normal">
                {format.date(`${service.deliveredOn}T12:00:00Z`)}
              </Table.Th>
              <Table.Td>{labels.of('serviceKinds', service.kind)}</Table.Td>
              <Table.Td dir="auto">{personName(service.personId)}</Table.Td>
              <Table.Td>
                <span dir="auto">{[service.description, service.location].filter(Boolean).join(' · ') || '—'}</span>
              </Table.Td>
              <Table.Td ta="end">{money(service.amount, service.currency)}</Table.Td>
              <Table.Td>{service.providerOrganisation?.name ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The services tab. */
export function ServicesPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<ServiceKind | 'any' | null>(null);
  const services = [...(detail.services ?? [])].sort((a, b) => b.deliveredOn.localeCompare(a.deliveredOn));
  return (
    <Stack gap="md">
      <ServicesTable detail={detail} services={services} label={t('cases.sections.services')} />
      {detail.can.addService && (
        <Group>
          <Button onClick={() => setAdding('any')}>{t('cases.services.add')}</Button>
        </Group>
      )}
      {adding && (
        <ServiceDialog detail={detail} kind={adding === 'any' ? undefined : adding} onClose={() => setAdding(null)} />
      )}
    </Stack>
  );
}
