/** An article's versions, newest first: number, status, who wrote, sent and reviewed it and when, the review note. */
import { Badge, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import { VERSION_COLOURS } from '../knowledgeLabels';
import type { ArticleVersion } from './articlesApi';

function Who({ name, at }: { name: string | null; at: string | null }) {
  const format = useFormat();
  if (!at) {
    return <>—</>;
  }
  return (
    <>
      {name || '—'}
      <Text size="xs" c="dimmed">
        {format.dateTime(at)}
      </Text>
    </>
  );
}

/** The history table. */
export function VersionHistory({ versions }: { versions: readonly ArticleVersion[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const newestFirst = [...versions].sort((a, b) => b.number - a.number);
  return (
    <section aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="sm" id={titleId}>
        {t('knowledge.editor.history')}
      </Title>
      <Table.ScrollContainer minWidth={760}>
        <Table withTableBorder striped aria-labelledby={titleId} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('knowledge.history.number')}</Table.Th>
              <Table.Th>{t('knowledge.fields.status')}</Table.Th>
              <Table.Th>{t('knowledge.history.written')}</Table.Th>
              <Table.Th>{t('knowledge.history.submitted')}</Table.Th>
              <Table.Th>{t('knowledge.history.reviewed')}</Table.Th>
              <Table.Th>{t('knowledge.history.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map((version) => (
              <Table.Tr key={version.id}>
                <Table.Th scope="row">{version.number}</Table.Th>
                <Table.Td>
                  <Badge color={VERSION_COLOURS[version.status]} variant="light">
                    {t(`knowledge.statuses.${version.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Who name={version.updatedBy ?? version.createdBy} at={version.updatedAt} />
                </Table.Td>
                <Table.Td>
                  <Who name={version.submittedBy} at={version.submittedAt} />
                </Table.Td>
                <Table.Td>
                  <Who name={version.reviewedBy} at={version.reviewedAt} />
                </Table.Td>
                <Table.Td dir="auto">{version.reviewNote ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
