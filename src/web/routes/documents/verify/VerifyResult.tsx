/** The answer of a verification: a big coloured verdict, how each check went, and what the seal carries. */
import { Group, Paper, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SealData } from '../../../../common/seal';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { VERDICT_TONES } from './verdict';
import type { Verification } from './verifySeal';

const TONE_MARKS = { green: '✓', red: '✕', orange: '!' } as const;

function SealFacts({ data }: { data: SealData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: [string, ReactNode][] = [
    [t('documents.verify.data.number'), <Ltr mono>{data.documentNumber}</Ltr>],
    [t('documents.verify.data.type'), <Ltr mono>{data.documentType}</Ltr>],
    [t('documents.verify.data.surname'), <Ltr>{data.surname || '—'}</Ltr>],
    [t('documents.verify.data.givenNames'), <Ltr>{data.givenNames || '—'}</Ltr>],
    [t('documents.verify.data.dateOfBirth'), <Ltr mono>{data.dateOfBirth || '—'}</Ltr>],
    [t('documents.verify.data.sex'), t(`people.sexes.${data.sex}`, { defaultValue: data.sex })],
    [t('documents.verify.data.nationality'), <Ltr mono>{data.nationality}</Ltr>],
    [t('documents.verify.data.issuedOn'), format.date(data.issuedOn)],
    [t('documents.verify.data.expiresOn'), format.date(data.expiresOn)],
    [t('documents.verify.data.issuingState'), <Ltr mono>{data.issuingState}</Ltr>],
    [t('documents.verify.data.keyId'), <Ltr mono>{data.keyId}</Ltr>],
  ];
  return (
    <Table withTableBorder aria-label={t('documents.verify.data.title')} maw={560}>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w="40%">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The result card; announced to screen readers as it appears. */
export function VerifyResult({ result }: { result: Verification }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tone = VERDICT_TONES[result.kind];
  return (
    <Stack gap="md" role="status" aria-live="polite">
      <Paper
        p="lg"
        radius="md"
        bg={`${tone}.1`}
        withBorder
        style={{ borderColor: `var(--mantine-color-${tone}-7)`, borderWidth: 3 }}
      >
        <Group gap="md" wrap="nowrap" align="flex-start">
          <ThemeIcon color={`${tone}.7`} size={56} radius="xl" aria-hidden>
            <Text fz={32} fw={700} c="white">
              {TONE_MARKS[tone]}
            </Text>
          </ThemeIcon>
          <Stack gap={4}>
            <Title order={2} fz={32} c={`${tone}.9`} data-testid="verify-verdict">
              {t(`documents.verify.verdicts.${result.kind}.title`)}
            </Title>
            <Text>{t(`documents.verify.verdicts.${result.kind}.body`)}</Text>
            {'message' in result && (
              <Text size="sm" c="dimmed">
                {result.message}
              </Text>
            )}
          </Stack>
        </Group>
      </Paper>
      {result.kind !== 'malformed' && (
        <>
          <Stack gap={2}>
            <Text size="sm">
              {t('documents.verify.localCheck', { result: t(`documents.verify.local.${result.local}`) })}
              {result.keys?.fromCache &&
                ` ${t('documents.verify.cachedKeys', { when: format.dateTime(result.keys.fetchedAt) })}`}
            </Text>
            <Text size="sm">
              {result.online
                ? t('documents.verify.onlineCheck', {
                    result: result.online.status
                      ? t(`documents.verify.onlineStatuses.${result.online.status}`)
                      : t('documents.verify.onlineNoStatus'),
                  })
                : t('documents.verify.offline')}
            </Text>
          </Stack>
          <Title order={3} size="h4">
            {t('documents.verify.data.title')}
          </Title>
          <SealFacts data={result.seal.data} />
        </>
      )}
    </Stack>
  );
}
