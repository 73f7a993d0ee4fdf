/** The imports of a watchlist source, newest first: the version each made, what it changed, who ran it and when. */
import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { importsQuery, type ImportStatus, type WatchlistImport, type WatchlistSource } from './watchlistsApi';

const STATUS_COLOURS: Record<ImportStatus, string> = { running: 'blue', done: 'green', failed: 'red' };

/**
 * Who started an import: their name; the system's imports (the demo seed, the command line) say so, and
 * a user no longer there shows the id's first characters.
 */
function useStarter(): (item: Pick<WatchlistImport, 'startedBy' | 'startedByName'>) => string {
  const { t } = useTranslation();
  return ({ startedBy, startedByName }) => {
    if (startedBy === null) {
      return t('border.watchlists.imports.system');
    }
    return startedByName ?? t('border.watchlists.imports.otherUser', { id: startedBy.slice(0, 8) });
  };
}

function ImportRow({
  item,
  starter,
}: {
  item: WatchlistImport;
  starter: (item: Pick<WatchlistImport, 'startedBy' | 'startedByName'>) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.Tr>
      <Table.Td>{format.number(item.version)}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOURS[item.status]} variant="light">
          {t(`border.watchlists.imports.statuses.${item.status}`)}
        </Badge>
        {item.failure && (
          <Text size="xs" c="red.8">
            <Ltr>{item.failure}</Ltr>
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t(`border.importModes.${item.mode}`)}</Table.Td>
      <Table.Td>{item.fileName ? <Ltr>{item.fileName}</Ltr> : '—'}</Table.Td>
      <Table.Td>
        {t('border.watchlists.imports.rowsOf', {
          processed: format.number(item.processedRows),
          total: format.number(item.totalRows),
        })}
      </Table.Td>
      <Table.Td>{format.number(item.added)}</Table.Td>
      <Table.Td>{format.number(item.changed)}</Table.Td>
      <Table.Td>{format.number(item.removed)}</Table.Td>
      <Table.Td>{format.number(item.unchanged)}</Table.Td>
      <Table.Td>{starter(item)}</Table.Td>
      <Table.Td>{format.dateTime(item.startedAt)}</Table.Td>
      <Table.Td>{format.dateTime(item.finishedAt)}</Table.Td>
      <Table.Td>{item.note ? <span dir="auto">{item.note}</span> : '—'}</Table.Td>
    </Table.Tr>
  );
}

/** The imports table of one source. */
export function ImportHistory({ source }: { source: WatchlistSource }) {
  const { t } = useTranslation();
  const imports = useQuery(importsQuery(source.id));
  const starter = useStarter();
  const headers = [
    t('border.watchlists.imports.version'),
    t('border.watchlists.imports.status'),
    t('border.watchlists.imports.mode'),
    t('border.watchlists.imports.file'),
    t('border.watchlists.imports.rows'),
    t('border.watchlists.changes.added'),
    t('border.watchlists.changes.changed'),
    t('border.watchlists.changes.removed'),
    t('border.watchlists.changes.unchanged'),
    t('border.watchlists.imports.startedBy'),
    t('border.watchlists.imports.startedAt'),
    t('border.watchlists.imports.finishedAt'),
    t('border.watchlists.imports.note'),
  ];
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table
        striped
        withTableBorder
        aria-label={t('border.watchlists.imports.tableLabel', { name: source.name })}
      >
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {imports.isPending && (
            <Table.Tr>
              <Table.Td colSpan={headers.length}>{t('common.loading')}</Table.Td>
            </Table.Tr>
          )}
          {imports.data?.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={headers.length}>{t('border.watchlists.imports.empty')}</Table.Td>
            </Table.Tr>
          )}
          {imports.data?.map((item) => (
            <ImportRow key={item.id} item={item} starter={starter} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
