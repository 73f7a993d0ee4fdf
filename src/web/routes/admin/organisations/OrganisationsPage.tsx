/** Organisations: the agencies using the system, with their type and status. */
import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { YesNo } from '../../../components/YesNo';
import { organisationsQuery, type Organisation } from '../adminApi';
import { OrganisationForm, organisationTypeKey } from './OrganisationForm';
import { Ltr } from '../../../components/Ltr';

type Editing = { organisation?: Organisation } | null;

/** The organisations table with create and edit. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const { data, isPending } = useQuery(organisationsQuery);
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text>{t('admin.organisations.intro')}</Text>
        <Button onClick={() => setEditing({})}>{t('admin.organisations.create')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover withTableBorder aria-label={t('admin.tabs.organisations')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.fields.code')}</Table.Th>
              <Table.Th>{t('admin.fields.name')}</Table.Th>
              <Table.Th>{t('admin.fields.type')}</Table.Th>
              <Table.Th>{t('admin.fields.active')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {isPending && (
              <Table.Tr>
                <Table.Td colSpan={5}>{t('common.loading')}</Table.Td>
              </Table.Tr>
            )}
            {data?.map((organisation) => (
              <Table.Tr key={organisation.id}>
                <Table.Td>
                  <Ltr mono>{organisation.code}</Ltr>
                </Table.Td>
                <Table.Td>{organisation.name}</Table.Td>
                <Table.Td>
                  {t(organisationTypeKey(organisation.type), { defaultValue: organisation.type })}
                </Table.Td>
                <Table.Td>
                  <YesNo value={organisation.active} />
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing({ organisation })}
                    aria-label={t('admin.editNamed', { name: organisation.name })}
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <OrganisationForm organisation={editing.organisation} onClose={() => setEditing(null)} />}
    </>
  );
}
