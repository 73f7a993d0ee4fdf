/** Document types as configuration: the list, and a form to create or change one. */
import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Ltr } from '../../components/Ltr';
import { YesNo } from '../../components/YesNo';
import { useFormat } from '../../format';
import { documentTypesQuery, type DocumentType } from './documentsApi';
import { useMoney, useTypeName } from './documentLabels';
import { TypeForm } from './TypeForm';

/** The types tab. */
export function TypesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const typeName = useTypeName();
  const types = useQuery(documentTypesQuery);
  const [editing, setEditing] = useState<{ type?: DocumentType } | null>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('documents.types.intro')}</Text>
        <Button onClick={() => setEditing({})}>{t('documents.types.create')}</Button>
      </Group>
      <ErrorAlert error={types.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover withTableBorder aria-label={t('documents.tabs.types')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documents.types.code')}</Table.Th>
              <Table.Th>{t('documents.types.name')}</Table.Th>
              <Table.Th>{t('documents.types.mrzCode')}</Table.Th>
              <Table.Th>{t('documents.types.numberPrefix')}</Table.Th>
              <Table.Th>{t('documents.types.validity')}</Table.Th>
              <Table.Th>{t('documents.types.renewals')}</Table.Th>
              <Table.Th>{t('documents.types.allowedStatuses')}</Table.Th>
              <Table.Th>{t('documents.types.fee')}</Table.Th>
              <Table.Th>{t('documents.types.active')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {types.isPending && (
              <Table.Tr>
                <Table.Td colSpan={10}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {types.data?.map((type) => (
              <Table.Tr key={type.code}>
                <Table.Td>
                  <Ltr mono>{type.code}</Ltr>
                </Table.Td>
                <Table.Td>{typeName(type)}</Table.Td>
                <Table.Td>
                  <Ltr mono>{type.mrzCode}</Ltr>
                </Table.Td>
                <Table.Td>
                  <Ltr mono>{type.numberPrefix}</Ltr>
                </Table.Td>
                <Table.Td>{t('documents.types.months', { count: type.validityMonths })}</Table.Td>
                <Table.Td>
                  {type.renewable
                    ? t('documents.types.renewalRule', {
                        max: type.maxRenewals,
                        days: type.renewalWindowDays,
                      })
                    : t('documents.types.notRenewable')}
                </Table.Td>
                <Table.Td>
                  {format.list(type.allowedStatuses.map((status) => t(`people.legalStatuses.${status}`)))}
                </Table.Td>
                <Table.Td>
                  {type.feeAmount > 0 ? money(type.feeAmount, type.feeCurrency) : t('documents.fee.none')}
                </Table.Td>
                <Table.Td>
                  <YesNo value={type.active} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing({ type })}
                    aria-label={t('documents.types.editNamed', { name: typeName(type) })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <TypeForm type={editing.type} onClose={() => setEditing(null)} />}
    </>
  );
}
