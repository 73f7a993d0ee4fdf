/** A table of referrals: case, kind, from and to, reason, the parts granted, status, and the caller's steps. */
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { useCaseLabels } from '../caseLabels';
import type { Referral } from '../casesApi';
import { CaseLink } from './CasesTable';
import { ReferralActions } from './ReferralActions';

/** The table; a pending referral links to nothing (the case opens once it is accepted). */
export function ReferralsTable({ referrals, label }: { referrals: readonly Referral[]; label: string }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  if (referrals.length === 0) {
    return <Text c="dimmed">{t('cases.referrals.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.fieldsOfCase.reference')}</Table.Th>
            <Table.Th>{t('cases.referrals.kind')}</Table.Th>
            <Table.Th>{t('cases.referrals.from')}</Table.Th>
            <Table.Th>{t('cases.referrals.to')}</Table.Th>
            <Table.Th>{t('cases.referrals.reason')}</Table.Th>
            <Table.Th>{t('cases.referrals.sections')}</Table.Th>
            <Table.Th>{t('cases.referrals.status')}</Table.Th>
            <Table.Th>{t('cases.referrals.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((referral) => (
            <Table.Tr key={referral.id}>
              <Table.Th scope="row" fw="normal">
                {referral.status === 'accepted' ? (
                  <CaseLink id={referral.caseId} reference={referral.caseReference} />
                ) : (
                  <Ltr mono>{referral.caseReference}</Ltr>
                )}
                <Text size="xs" c="dimmed">
                  {labels.type(referral.caseType)} · {format.date(referral.createdAt)}
                </Text>
              </Table.Th>
              <Table.Td>{labels.of('referralKinds', referral.kind)}</Table.Td>
              <Table.Td>{referral.fromOrganisation.name}</Table.Td>
              <Table.Td>{referral.toOrganisation.name}</Table.Td>
              <Table.Td>
                {labels.of('referralReasons', referral.reason)}
                {referral.details && (
                  <Text size="sm" c="dimmed" dir="auto">
                    {referral.details}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{format.list(referral.sections.map((s) => labels.of('sections', s)))}</Table.Td>
              <Table.Td>
                {labels.of('referralStatuses', referral.status)}
                {referral.responseNote && (
                  <Text size="sm" c="dimmed" dir="auto">
                    {referral.responseNote}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ReferralActions referral={referral} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
