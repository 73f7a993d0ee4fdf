/** A centre's residents (now, before, or all) with check-in, and per resident check-out, absence, transfer, service. */
import { Anchor, Badge, Button, Group, Menu, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ExportButton } from '../../../components/ExportButton';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { personName } from '../PersonPicker';
import { residentsQuery, type CentreDetail, type Resident } from './centresApi';
import { CheckInDialog } from './CheckInDialog';
import { ResidentDialog, type ResidentAction } from './ResidentDialogs';

const STATUSES = ['active', 'ended', 'all'] as const;
type Status = (typeof STATUSES)[number];

function ResidentMenu({ resident, onAction }: { resident: Resident; onAction: (action: ResidentAction) => void }) {
  const { t } = useTranslation();
  const name = personName(resident.person);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="light" aria-label={t('reception.residents.actionsFor', { name })}>
          {t('reception.residents.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onAction('check-out')}>{t('reception.checkOut.action')}</Menu.Item>
        <Menu.Item onClick={() => onAction('absence')}>
          {resident.absent ? t('reception.absence.end') : t('reception.absence.start')}
        </Menu.Item>
        <Menu.Item onClick={() => onAction('transfer')}>{t('reception.transfer.action')}</Menu.Item>
        <Menu.Item onClick={() => onAction('service')}>{t('reception.service.action')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The residents tab of a centre page. */
export function ResidentsPanel({ detail }: { detail: CentreDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<Status>('active');
  const residents = useQuery(residentsQuery(detail.centre.id, status));
  const [checkingIn, setCheckingIn] = useState(false);
  const [acting, setActing] = useState<{ resident: Resident; action: ResidentAction } | null>(null);
  const manage = detail.can.manage;
  const rows = residents.data?.residents ?? [];
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('reception.residents.which')}
          data={STATUSES.map((value) => ({ value, label: t(`reception.residents.statuses.${value}`) }))}
          value={status}
          onChange={(value) => setStatus(STATUSES.find((s) => s === value) ?? 'active')}
        />
        <Group gap="xs">
          <ExportButton path={`/api/reception/centres/${detail.centre.id}/residents/export`} params={{ status }} />
          {manage && <Button onClick={() => setCheckingIn(true)}>{t('reception.checkIn.action')}</Button>}
        </Group>
      </Group>
      <ErrorAlert error={residents.error} />
      {residents.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('reception.residents.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped withTableBorder aria-label={t('reception.residents.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reception.fields.person')}</Table.Th>
                <Table.Th>{t('reception.fields.registrationNumber')}</Table.Th>
                <Table.Th>{t('reception.fields.bed')}</Table.Th>
                <Table.Th>{t('reception.fields.checkedIn')}</Table.Th>
                <Table.Th>{t('reception.fields.status')}</Table.Th>
                {manage && status !== 'ended' && <Table.Th>{t('reception.residents.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((resident) => (
                <Table.Tr key={resident.placementId}>
                  <Table.Th scope="row" fw="normal">
                    {resident.person ? (
                      <Anchor
                        renderRoot={(props) => (
                          <Link {...props} to="/reception/people/$personId" params={{ personId: resident.person!.id }} />
                        )}
                      >
                        <span dir="auto">{personName(resident.person)}</span>
                      </Anchor>
                    ) : (
                      <Text c="dimmed">{t('reception.person.hidden')}</Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <Ltr mono>{resident.person?.registrationNumber ?? '—'}</Ltr>
                  </Table.Td>
                  <Table.Td>{resident.bed ? `${resident.bed.unit} · ${resident.bed.room} · ${resident.bed.label}` : t('reception.residents.noBed')}</Table.Td>
                  <Table.Td>{format.dateTime(resident.checkedInAt)}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {resident.checkedOutAt ? (
                        <Badge color="gray" variant="light">
                          {t('reception.residents.left', { date: format.date(resident.checkedOutAt) })}
                          {resident.checkoutReason ? ` · ${t(`reception.checkoutReasons.${resident.checkoutReason as 'left'}`, { defaultValue: resident.checkoutReason })}` : ''}
                        </Badge>
                      ) : resident.absent ? (
                        <Badge color="yellow" variant="light">{t('reception.residents.absent')}</Badge>
                      ) : (
                        <Badge color="green" variant="light">{t('reception.residents.present')}</Badge>
                      )}
                      {resident.overCapacityReason && (
                        <Badge color="orange" variant="outline" title={resident.overCapacityReason}>
                          {t('reception.residents.overCapacity')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  {manage && status !== 'ended' && (
                    <Table.Td>
                      {!resident.checkedOutAt && (
                        <ResidentMenu resident={resident} onAction={(action) => setActing({ resident, action })} />
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {checkingIn && <CheckInDialog detail={detail} onClose={() => setCheckingIn(false)} />}
      {acting && (
        <ResidentDialog
          action={acting.action}
          resident={acting.resident}
          siteId={detail.centre.id}
          onClose={() => setActing(null)}
        />
      )}
    </Stack>
  );
}
