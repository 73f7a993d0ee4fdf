/** A person's contacts and addresses, read-only (they are changed in the edit form). */
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../components/Ltr';
import { useFormat } from '../../format';
import type { Person } from './peopleApi';

function ContactsTable({ person }: { person: Person }) {
  const { t } = useTranslation();
  if (person.contacts.length === 0) {
    return <Text c="dimmed">{t('people.contacts.none')}</Text>;
  }
  return (
    <Table withTableBorder aria-label={t('people.contacts.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('people.contacts.kind')}</Table.Th>
          <Table.Th>{t('people.contacts.value')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {person.contacts.map((contact, index) => (
          <Table.Tr key={index}>
            <Table.Td>{t(`people.contacts.kinds.${contact.kind}`, { defaultValue: contact.kind })}</Table.Td>
            <Table.Td>
              <Ltr>{contact.value}</Ltr>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AddressesTable({ person }: { person: Person }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (person.addresses.length === 0) {
    return <Text c="dimmed">{t('people.addresses.none')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder aria-label={t('people.addresses.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('people.addresses.kind')}</Table.Th>
            <Table.Th>{t('people.addresses.line')}</Table.Th>
            <Table.Th>{t('people.addresses.city')}</Table.Th>
            <Table.Th>{t('people.addresses.country')}</Table.Th>
            <Table.Th>{t('people.addresses.from')}</Table.Th>
            <Table.Th>{t('people.addresses.to')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {person.addresses.map((address, index) => (
            <Table.Tr key={index}>
              <Table.Td>{t(`people.addresses.kinds.${address.kind}`, { defaultValue: address.kind })}</Table.Td>
              <Table.Td>
                <span dir="auto">{address.line}</span>
              </Table.Td>
              <Table.Td>
                <span dir="auto">{address.city || '—'}</span>
              </Table.Td>
              <Table.Td>
                <Ltr mono>{address.country || '—'}</Ltr>
              </Table.Td>
              <Table.Td>{format.date(address.from)}</Table.Td>
              <Table.Td>{format.date(address.to)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Contacts, then addresses. */
export function ContactsPanel({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {t('people.contacts.title')}
      </Title>
      <ContactsTable person={person} />
      <Title order={3} size="h4">
        {t('people.addresses.title')}
      </Title>
      <AddressesTable person={person} />
    </Stack>
  );
}
