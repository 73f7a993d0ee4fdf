/** The pool: interpreters filtered by language and name (the filter lives in the address), and "new interpreter". */
import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { InterpreterForm } from './InterpreterForm';
import { poolQuery } from './interpretersApi';
import { LanguageSelect, useLanguageName } from './languages';

const route = getRouteApi('/app/interpreters/pool');

/** The list of interpreters. */
export function PoolPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const nameOf = useLanguageName();
  const filter = route.useSearch();
  const pool = useQuery(poolQuery(filter));
  const [creating, setCreating] = useState(false);
  const list = pool.data?.interpreters ?? [];
  const set = (patch: Partial<typeof filter>) =>
    void navigate({ to: '/interpreters/pool', search: { ...filter, ...patch }, replace: true });
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('interpreters.pool.intro')}</Text>
        <Group gap="xs">
          <ExportButton path="/api/interpreters/export" params={{ language: filter.language, q: filter.q }} />
          {pool.data?.can.manage && (
            <Button onClick={() => setCreating(true)}>{t('interpreters.pool.new')}</Button>
          )}
        </Group>
      </Group>
      <form role="search" aria-label={t('interpreters.tabs.pool')} onSubmit={(e) => e.preventDefault()}>
        <Group align="flex-start">
          <LanguageSelect
            label={t('interpreters.fields.language')}
            value={filter.language ?? null}
            onChange={(language) => set({ language: language ?? undefined })}
            clearable
            w={320}
          />
          <TextInput
            label={t('interpreters.pool.search')}
            defaultValue={filter.q ?? ''}
            onChange={(e) => set({ q: e.currentTarget.value || undefined })}
            w={240}
          />
        </Group>
      </form>
      <ErrorAlert error={pool.error} />
      {pool.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : list.length === 0 ? (
        <Text c="dimmed">{t('interpreters.pool.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder aria-label={t('interpreters.tabs.pool')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('interpreters.fields.name')}</Table.Th>
                <Table.Th>{t('interpreters.fields.languages')}</Table.Th>
                <Table.Th>{t('interpreters.fields.modalities')}</Table.Th>
                <Table.Th>{t('interpreters.fields.organisation')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((interpreter) => (
                <Table.Tr key={interpreter.id}>
                  <Table.Th scope="row" fw="normal">
                    <Anchor
                      renderRoot={(props) => (
                        <Link {...props} to="/interpreters/$id" params={{ id: interpreter.id }} />
                      )}
                    >
                      {interpreter.name}
                    </Anchor>
                    {!interpreter.active && (
                      <Badge ms="xs" color="gray" variant="light">
                        {t('interpreters.pool.inactive')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{interpreter.languages.map((l) => nameOf(l)).join(', ')}</Table.Td>
                  <Table.Td>
                    {interpreter.modalities.map((m) => t(`interpreters.modality.${m}`)).join(', ')}
                  </Table.Td>
                  <Table.Td>{interpreter.organisation || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {creating && (
        <InterpreterForm
          onClose={() => setCreating(false)}
          onSaved={(id) => void navigate({ to: '/interpreters/$id', params: { id } })}
        />
      )}
    </Stack>
  );
}
