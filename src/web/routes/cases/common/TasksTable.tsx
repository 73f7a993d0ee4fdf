/** A table of tasks, each with its case when the tasks come from several cases (the home page). */
import { Badge, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import { useCaseLabels } from '../caseLabels';
import type { CaseRef, Task } from '../casesApi';
import { CaseLink } from './CasesTable';

/** The table; `action` renders the steps of a row (e.g. mark done) when given. */
export function TasksTable<T extends Task & { case?: CaseRef }>({
  tasks,
  label,
  empty,
  action,
}: {
  tasks: readonly T[];
  label: string;
  empty: string;
  action?: (task: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const withCase = tasks.some((task) => task.case);
  if (tasks.length === 0) {
    return <Text c="dimmed">{empty}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.tasks.task')}</Table.Th>
            {withCase && <Table.Th>{t('cases.tasks.case')}</Table.Th>}
            <Table.Th>{t('cases.tasks.due')}</Table.Th>
            <Table.Th>{t('cases.tasks.status')}</Table.Th>
            {action && <Table.Th>{t('cases.referrals.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Th scope="row" fw="normal">
                <span dir="auto">{task.title}</span>
              </Table.Th>
              {withCase && (
                <Table.Td>
                  {task.case && (
                    <>
                      <CaseLink id={task.case.id} reference={task.case.reference} />{' '}
                      <Text span size="sm" c="dimmed" dir="auto">
                        {task.case.title}
                      </Text>
                    </>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                {format.dateTime(task.dueAt)}
                {task.overdue && (
                  <Badge ms="xs" color="red" variant="light">
                    {t('cases.tasks.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{labels.of('taskStatuses', task.status)}</Table.Td>
              {action && <Table.Td>{action(task)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
