/** A table of cases: reference (a link to the case), type, state, title, owner, persons, open tasks, next due. */
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { useCaseLabels } from '../caseLabels';
import type { CaseListItem } from '../casesApi';

/** The reference of a case as a link to its page. */
export function CaseLink({ id, reference }: { id: string; reference: string }) {
  return (
    <Anchor renderRoot={(props) => <Link {...props} to="/cases/$id" params={{ id }} />}>
      <Ltr mono>{reference}</Ltr>
    </Anchor>
  );
}

/** The state of a case as a badge (closed ones grey). */
export function StateBadge({ state }: { state: string }) {
  const labels = useCaseLabels();
  return (
    <Badge variant="light" color={state === 'closed' ? 'gray' : 'blue'}>
      {labels.state(state)}
    </Badge>
  );
}

/** The table; `label` names it for screen readers. */
export function CasesTable({ cases, label }: { cases: readonly CaseListItem[]; label: string }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  if (cases.length === 0) {
    return <Text c="dimmed">{t('cases.list.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.fieldsOfCase.reference')}</Table.Th>
            <Table.Th>{t('cases.fieldsOfCase.type')}</Table.Th>
            <Table.Th>{t('cases.fieldsOfCase.state')}</Table.Th>
            <Table.Th>{t('cases.fieldsOfCase.title')}</Table.Th>
            <Table.Th>{t('cases.fieldsOfCase.owner')}</Table.Th>
            <Table.Th>{t('cases.sections.persons')}</Table.Th>
            <Table.Th ta="end">{t('cases.fieldsOfCase.openTasks')}</Table.Th>
            <Table.Th>{t('cases.fieldsOfCase.nextDue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Th scope="row" fw="normal">
                <CaseLink id={item.id} reference={item.reference} />
              </Table.Th>
              <Table.Td>{labels.type(item.type)}</Table.Td>
              <Table.Td>
                <StateBadge state={item.state} />
              </Table.Td>
              <Table.Td>
                <span dir="auto">{item.title}</span>
                {item.access === 'referral' && (
                  <Badge ms="xs" size="sm" color="grape" variant="light">
                    {t('cases.case.throughReferral')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {item.ownerOrganisation.name}
                {item.ownerUser && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    · {item.ownerUser.displayName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <span dir="auto">{format.list(item.persons.map((p) => p.name))}</span>
              </Table.Td>
              <Table.Td ta="end">{format.number(item.openTasks)}</Table.Td>
              <Table.Td>{format.date(item.nextDueAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
