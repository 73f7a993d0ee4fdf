/** Issuing offices and their numbers: what each series has left, the blocks drawn, the spoiled numbers. */
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import { can, useMe } from '../../session';
import { officesQuery, type IssuingOffice } from './documentsApi';
import { DrawBlockDialog, OfficeSettingsDialog } from './OfficeDialogs';
import { OfficeNumbers } from './OfficeNumbers';

function OfficeCard({ office }: { office: IssuingOffice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const configures = can(useMe(), ['documents.configure']);
  const [showNumbers, setShowNumbers] = useState(false);
  const [dialog, setDialog] = useState<'settings' | 'draw' | null>(null);
  const titleId = `office-${office.siteId}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {office.name}
            </Title>
            <Text size="sm" c="dimmed">
              <Ltr mono>{office.code}</Ltr> ·{' '}
              {t('documents.offices.settingsLine', {
                blockSize: format.number(office.blockSize),
                lowWater: format.number(office.lowWater),
              })}
            </Text>
          </div>
          {configures && (
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => setDialog('settings')}>
                {t('documents.offices.settings')}
              </Button>
              <Button size="xs" variant="light" onClick={() => setDialog('draw')}>
                {t('documents.offices.drawBlock')}
              </Button>
            </Group>
          )}
        </Group>
        {office.series.length === 0 ? (
          <Text size="sm">{t('documents.offices.noSeries')}</Text>
        ) : (
          <Table
            withTableBorder
            fz="sm"
            aria-label={t('documents.offices.seriesOf', { office: office.name })}
            maw={420}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('documents.offices.series')}</Table.Th>
                <Table.Th ta="end">{t('documents.offices.remaining')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {office.series.map((series) => (
                <Table.Tr key={series.prefix}>
                  <Table.Th scope="row" fw="normal">
                    <Ltr mono>{series.prefix}</Ltr>
                  </Table.Th>
                  <Table.Td ta="end">
                    {series.remaining < office.lowWater && (
                      <Badge color="orange" variant="light" me="xs">
                        {t('documents.offices.low')}
                      </Badge>
                    )}
                    {format.number(series.remaining)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button
            size="xs"
            variant="default"
            aria-expanded={showNumbers}
            onClick={() => setShowNumbers((shown) => !shown)}
          >
            {showNumbers ? t('documents.offices.hideNumbers') : t('documents.offices.showNumbers')}
          </Button>
        </Group>
        {showNumbers && <OfficeNumbers siteId={office.siteId} officeName={office.name} />}
      </Stack>
      {dialog === 'settings' && <OfficeSettingsDialog office={office} onClose={() => setDialog(null)} />}
      {dialog === 'draw' && <DrawBlockDialog office={office} onClose={() => setDialog(null)} />}
    </Card>
  );
}

/** The offices-and-numbers tab. */
export function OfficesPage() {
  const { t } = useTranslation();
  const offices = useQuery(officesQuery);
  return (
    <Stack gap="md">
      <Text>{t('documents.offices.intro')}</Text>
      <ErrorAlert error={offices.error} />
      {offices.isPending && <Text>{t('common.loading')}</Text>}
      {offices.data?.length === 0 && <Text>{t('documents.offices.none')}</Text>}
      {offices.data?.map((office) => (
        <OfficeCard key={office.siteId} office={office} />
      ))}
    </Stack>
  );
}
