/** What a dry run found in a watchlist file: the changes it would make, its row errors and its first rows. */
import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { FileVerdict } from './ListUpload';
import type { ImportChanges, WatchlistPreview as Preview, WatchlistRow } from './watchlistsApi';

const CHANGE_KINDS = ['added', 'changed', 'removed', 'unchanged'] as const;

/** Entries added, changed, removed and kept, one row each so a reader (or a test) finds each count by name. */
function ChangeCounts({ changes }: { changes: ImportChanges }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table withTableBorder w="auto" aria-label={t('border.watchlists.preview.changesLabel')}>
      <Table.Tbody>
        {CHANGE_KINDS.map((kind) => (
          <Table.Tr key={kind}>
            <Table.Th scope="row">{t(`border.watchlists.changes.${kind}`)}</Table.Th>
            <Table.Td>{format.number(changes[kind])}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The first rows as the server read them (names in any script, codes left to right). */
function FirstRows({ rows }: { rows: readonly WatchlistRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder striped aria-label={t('border.watchlists.preview.firstRowsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('border.watchlists.upload.line')}</Table.Th>
            <Table.Th>{t('border.watchlists.entry.reference')}</Table.Th>
            <Table.Th>{t('border.watchlists.entry.name')}</Table.Th>
            <Table.Th>{t('border.watchlists.entry.aliases')}</Table.Th>
            <Table.Th>{t('border.watchlists.entry.dateOfBirth')}</Table.Th>
            <Table.Th>{t('border.watchlists.entry.nationalities')}</Table.Th>
            <Table.Th>{t('border.watchlists.entry.documents')}</Table.Th>
            <Table.Th>{t('border.watchlists.entry.action')}</Table.Th>
            <Table.Th>{t('border.watchlists.entry.validity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td>{format.number(row.line)}</Table.Td>
              <Table.Td>
                <Ltr mono>{row.externalRef}</Ltr>
              </Table.Td>
              <Table.Td>
                <span dir="auto">{row.name}</span>
              </Table.Td>
              <Table.Td>
                <span dir="auto">{row.aliases.join(' · ') || '—'}</span>
              </Table.Td>
              <Table.Td>
                <Ltr>{row.dateOfBirth ?? '—'}</Ltr>
              </Table.Td>
              <Table.Td>
                <Ltr mono>{row.nationalities.join(', ') || '—'}</Ltr>
              </Table.Td>
              <Table.Td>
                <Ltr mono>{row.documentNumbers.join(', ') || '—'}</Ltr>
              </Table.Td>
              <Table.Td>{t(`border.actions.${row.action}`)}</Table.Td>
              <Table.Td>
                <Ltr>
                  {row.validFrom ?? '…'} – {row.validTo ?? '…'}
                </Ltr>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The dry run's answer. */
export function WatchlistPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" aria-label={t('border.watchlists.preview.title')} role="region">
      <Title order={4}>{t('border.watchlists.preview.title')}</Title>
      <Text size="sm">
        {t('border.watchlists.preview.summary', {
          rows: format.number(preview.rows),
          from: format.number(preview.currentVersion),
          to: format.number(preview.wouldBecomeVersion),
          mode: t(`border.importModes.${preview.mode}`),
        })}
      </Text>
      <ChangeCounts changes={preview.changes} />
      <FileVerdict rows={preview.rows} errors={preview.errors} errorCount={preview.errorCount} />
      {preview.firstRows.length > 0 && (
        <>
          <Title order={5}>{t('border.watchlists.preview.firstRows')}</Title>
          <FirstRows rows={preview.firstRows} />
        </>
      )}
    </Stack>
  );
}
