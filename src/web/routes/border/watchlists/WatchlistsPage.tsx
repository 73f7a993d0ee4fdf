/** Watchlists: the sources screening uses, each with its version, threshold and state, its imports and a CSV import. */
import { Badge, Button, Group, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { ExportButton } from '../../../components/ExportButton';
import { Ltr } from '../../../components/Ltr';
import { notifySuccess } from '../../../components/notify';
import { useFormat } from '../../../format';
import { ImportHistory } from './ImportHistory';
import { SourceForm } from './SourceForm';
import { WatchlistImport } from './WatchlistImport';
import { sourcesQuery, type WatchlistSource } from './watchlistsApi';

/** Switches a source off (its entries stop matching at once) or on again, from its row. */
function ActiveSwitch({ source }: { source: WatchlistSource }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: (active: boolean) =>
      api.patch<WatchlistSource>(`/api/border/watchlists/${source.id}`, { active }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: sourcesQuery.queryKey });
      notifySuccess(
        t(saved.active ? 'border.watchlists.sources.switchedOn' : 'border.watchlists.sources.switchedOff', {
          name: saved.name,
        }),
      );
    },
  });
  return (
    <Switch
      checked={source.active}
      disabled={toggle.isPending}
      onChange={(event) => toggle.mutate(event.currentTarget.checked)}
      aria-label={t('border.watchlists.sources.activeNamed', { name: source.name })}
      label={source.active ? t('common.yes') : t('common.no')}
    />
  );
}

function SourceRow({
  source,
  selected,
  onSelect,
  onEdit,
}: {
  source: WatchlistSource;
  selected: boolean;
  onSelect: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr
      aria-current={selected ? 'true' : undefined}
      bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
    >
      <Table.Td>
        <Ltr mono>{source.code}</Ltr>
      </Table.Td>
      <Table.Td>{source.name}</Table.Td>
      <Table.Td>{t(`border.sourceKinds.${source.kind}`)}</Table.Td>
      <Table.Td>
        {source.currentVersion > 0 ? (
          format.number(source.currentVersion)
        ) : (
          <Badge color="gray" variant="light">
            {t('border.watchlists.sources.noVersion')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{format.number(source.liveEntries)}</Table.Td>
      <Table.Td>{format.number(source.threshold)}</Table.Td>
      <Table.Td>
        <ActiveSwitch source={source} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            variant="light"
            onClick={onEdit}
            aria-label={t('border.watchlists.sources.editNamed', { name: source.name })}
          >
            {t('common.edit')}
          </Button>
          <Button
            size="xs"
            variant={selected ? 'filled' : 'default'}
            onClick={onSelect}
            aria-pressed={selected}
            aria-label={t('border.watchlists.sources.openNamed', { name: source.name })}
          >
            {t('border.watchlists.sources.open')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function SourcesTable({
  sources,
  loading,
  selectedId,
  onSelect,
  onEdit,
}: {
  sources: WatchlistSource[];
  loading: boolean;
  selectedId: string | null;
  onSelect: (source: WatchlistSource) => void;
  onEdit: (source: WatchlistSource) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder aria-label={t('border.watchlists.sources.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('border.watchlists.fields.code')}</Table.Th>
            <Table.Th>{t('border.watchlists.fields.name')}</Table.Th>
            <Table.Th>{t('border.watchlists.fields.kind')}</Table.Th>
            <Table.Th>{t('border.watchlists.fields.version')}</Table.Th>
            <Table.Th>{t('border.watchlists.fields.liveEntries')}</Table.Th>
            <Table.Th>{t('border.watchlists.fields.threshold')}</Table.Th>
            <Table.Th>{t('border.watchlists.fields.active')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {loading && (
            <Table.Tr>
              <Table.Td colSpan={8}>{t('common.loading')}</Table.Td>
            </Table.Tr>
          )}
          {!loading && sources.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={8}>{t('border.watchlists.sources.empty')}</Table.Td>
            </Table.Tr>
          )}
          {sources.map((source) => (
            <SourceRow
              key={source.id}
              source={source}
              selected={source.id === selectedId}
              onSelect={() => onSelect(source)}
              onEdit={() => onEdit(source)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The watchlists page. */
export function WatchlistsPage() {
  const { t } = useTranslation();
  const sources = useQuery(sourcesQuery);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ source?: WatchlistSource } | null>(null);
  const list = sources.data ?? [];
  // Until one is chosen, the first list is open: most countries have one or two.
  const selected = list.find((source) => source.id === chosenId) ?? list[0];
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text>{t('border.watchlists.intro')}</Text>
        <Button onClick={() => setEditing({})}>{t('border.watchlists.sources.create')}</Button>
      </Group>
      <SourcesTable
        sources={list}
        loading={sources.isPending}
        selectedId={selected?.id ?? null}
        onSelect={(source) => setChosenId(source.id)}
        onEdit={(source) => setEditing({ source })}
      />
      {selected && (
        <Stack gap="sm" key={selected.id}>
          <Group justify="space-between">
            <Title order={3}>{t('border.watchlists.imports.title', { name: selected.name })}</Title>
            <ExportButton path={`/api/border/watchlists/${selected.id}/entries/export`} params={{}} disabled={selected.liveEntries === 0} />
          </Group>
          <ImportHistory source={selected} />
          <WatchlistImport source={selected} />
        </Stack>
      )}
      {editing && (
        <SourceForm
          source={editing.source}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setChosenId(saved.id);
            setEditing(null);
          }}
        />
      )}
    </Stack>
  );
}
