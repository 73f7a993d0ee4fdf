/**
 * Voluntary return (AVRR): the pre-departure checklist, the departure (confirmed by the exit crossing at the
 * border, or recorded by hand), the reintegration plan and assistance with amounts, and follow-up visits.
 */
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import { Fact } from '../../documents/DocumentFacts';
import { useCaseLabels } from '../caseLabels';
import type { CaseDetail, ServiceKind } from '../casesApi';
import { ChecklistPanel } from './ChecklistPanel';
import { ServiceDialog } from './ServiceDialog';
import { ServicesTable } from './ServicesPanel';

function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Departure({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const data = detail.data ?? {};
  const departed = typeof data.departureDate === 'string' ? data.departureDate : null;
  const byBorder =
    typeof data.departureCrossingId === 'string' || (detail.history ?? []).some((e) => e.kind === 'departure-confirmed');
  const vulnerabilities = Array.isArray(data.vulnerabilities) ? data.vulnerabilities.map(String) : [];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label={labels.field('countryOfReturn')}>{typeof data.countryOfReturn === 'string' ? data.countryOfReturn : '—'}</Fact>
        <Fact label={labels.field('vulnerabilities')}>
          {vulnerabilities.length > 0 ? vulnerabilities.map((v) => labels.value('vulnerabilities', v)).join(', ') : '—'}
        </Fact>
        <Fact label={labels.field('eligibilityDecision')}>
          {typeof data.eligibilityDecision === 'string' ? labels.value('eligibilityDecision', data.eligibilityDecision) : '—'}
        </Fact>
      </SimpleGrid>
      {departed ? (
        <Alert color="green" title={t('cases.return.departed', { date: format.date(`${departed}T12:00:00Z`) })} data-testid="departure">
          {byBorder ? t('cases.return.confirmedByBorder') : t('cases.return.recordedByHand')}
        </Alert>
      ) : (
        <Alert color="blue" title={t('cases.return.notYet')} data-testid="departure">
          {t('cases.return.notYetBody')}
        </Alert>
      )}
    </Stack>
  );
}

/** The return tab of an AVRR case. */
export function ReturnPanel({ detail, checklistOrder }: { detail: CaseDetail; checklistOrder: readonly string[] }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<ServiceKind | null>(null);
  const services = detail.services ?? [];
  const assistance = services.filter((s) => s.kind === 'in-kind-assistance' || s.kind === 'cash-assistance');
  const visits = services.filter((s) => s.kind === 'follow-up-visit');
  const plan = detail.data?.reintegrationPlan;
  return (
    <Stack gap="md">
      {detail.checklist && (
        <Part title={t('cases.return.checklist')}>
          <ChecklistPanel detail={detail} order={checklistOrder} />
        </Part>
      )}
      {detail.data && (
        <Part title={t('cases.return.departure')}>
          <Departure detail={detail} />
        </Part>
      )}
      {detail.data && (
        <Part title={t('cases.return.reintegration')}>
          <Text dir="auto" style={{ whiteSpace: 'pre-wrap' }} mb="sm">
            {typeof plan === 'string' && plan ? plan : t('cases.return.noPlan')}
          </Text>
          {detail.services && (
            <ServicesTable detail={detail} services={assistance} label={t('cases.return.assistance')} />
          )}
          {detail.can.addService && (
            <Group mt="sm">
              <Button variant="default" onClick={() => setAdding('in-kind-assistance')}>
                {t('cases.return.addAssistance')}
              </Button>
            </Group>
          )}
        </Part>
      )}
      {detail.services && (
        <Part title={t('cases.return.followUps')}>
          <ServicesTable detail={detail} services={visits} label={t('cases.return.followUps')} />
          {detail.can.addService && (
            <Group mt="sm">
              <Button variant="default" onClick={() => setAdding('follow-up-visit')}>
                {t('cases.return.addFollowUp')}
              </Button>
            </Group>
          )}
        </Part>
      )}
      {adding && <ServiceDialog detail={detail} kind={adding} onClose={() => setAdding(null)} />}
    </Stack>
  );
}
