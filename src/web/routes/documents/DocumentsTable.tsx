/** A table of documents (register, applications, a person's history); each row opens the document page. */
import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import { latinName } from '../people/peopleApi';
import type { DocumentSummary } from './documentsApi';
import { useTypeName } from './documentLabels';
import { StatusBadge } from './StatusBadge';

/** The document's number as the link to its page (an application has no number yet). */
export function DocumentLink({ document }: { document: Pick<DocumentSummary, 'id' | 'number'> }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/documents/${document.id}`}>
      {document.number ? <Ltr mono>{document.number}</Ltr> : t('documents.noNumberYet')}
    </Anchor>
  );
}

/** Rows of documents; `withPerson` adds the holder, `actions` a last column of buttons per row. */
export function DocumentsTable({
  documents,
  label,
  withPerson = true,
  withRequested = false,
  withDates = true,
  actions,
}: {
  documents: readonly DocumentSummary[];
  label: string;
  withPerson?: boolean;
  withRequested?: boolean;
  /** Issue and expiry dates (an application has neither yet). */
  withDates?: boolean;
  actions?: (document: DocumentSummary) => ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const typeName = useTypeName();
  if (documents.length === 0) {
    return <Text c="dimmed">{t('documents.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('documents.fields.number')}</Table.Th>
            <Table.Th>{t('documents.fields.type')}</Table.Th>
            {withPerson && <Table.Th>{t('documents.fields.person')}</Table.Th>}
            <Table.Th>{t('documents.fields.office')}</Table.Th>
            <Table.Th>{t('documents.fields.status')}</Table.Th>
            {withRequested && <Table.Th>{t('documents.fields.requestedAt')}</Table.Th>}
            {withDates && <Table.Th>{t('documents.fields.issuedOn')}</Table.Th>}
            {withDates && <Table.Th>{t('documents.fields.expiresOn')}</Table.Th>}
            {actions && <Table.Th>{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document) => (
            <Table.Tr key={document.id}>
              <Table.Td>
                <DocumentLink document={document} />
              </Table.Td>
              <Table.Td>{typeName(document.type)}</Table.Td>
              {withPerson && (
                <Table.Td>
                  <Anchor component={Link} to={`/people/${document.person.id}`}>
                    {latinName(document.person) || document.person.registrationNumber}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>{document.office.name}</Table.Td>
              <Table.Td>
                <StatusBadge status={document.effectiveStatus} />
              </Table.Td>
              {withRequested && <Table.Td>{format.dateTime(document.requestedAt)}</Table.Td>}
              {withDates && <Table.Td>{format.date(document.issuedOn)}</Table.Td>}
              {withDates && <Table.Td>{format.date(document.expiresOn)}</Table.Td>}
              {actions && <Table.Td>{actions(document)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
