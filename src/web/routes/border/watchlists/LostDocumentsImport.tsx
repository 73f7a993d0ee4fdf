/**
 * Importing a CSV of lost/stolen documents: a dry run first (rows read, every row error), then the import,
 * which lists each document (again) in one transaction. As for watchlists, only a file whose dry run found
 * no errors can be imported.
 */
import { Accordion, Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../../api';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { useMe } from '../../../session';
import { CsvColumns, CsvFileField, DryRunFirst, FileVerdict, UploadError } from './ListUpload';
import {
  LOST_DOCUMENTS_CSV_COLUMNS,
  uploadList,
  type LostDocumentRow,
  type LostDocumentsImport as Result,
} from './watchlistsApi';

const PATH = '/api/border/lost-documents/imports';

function LostDocumentsColumns() {
  const { t } = useTranslation();
  const columns = LOST_DOCUMENTS_CSV_COLUMNS.map((name) => ({
    name,
    meaning: t(`border.watchlists.lostColumns.${name}`),
  }));
  return (
    <Accordion variant="contained">
      <Accordion.Item value="columns">
        <Accordion.Control>{t('border.watchlists.upload.columns')}</Accordion.Control>
        <Accordion.Panel>
          <CsvColumns columns={columns} templateName="lost-documents-template.csv" />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

function FirstRows({ rows }: { rows: readonly LostDocumentRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table withTableBorder striped aria-label={t('border.watchlists.preview.firstRowsLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('border.watchlists.upload.line')}</Table.Th>
          <Table.Th>{t('border.watchlists.lost.number')}</Table.Th>
          <Table.Th>{t('border.watchlists.lost.issuingState')}</Table.Th>
          <Table.Th>{t('border.watchlists.lost.reason')}</Table.Th>
          <Table.Th>{t('border.watchlists.lost.reportedAt')}</Table.Th>
          <Table.Th>{t('border.watchlists.lost.source')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.line}>
            <Table.Td>{format.number(row.line)}</Table.Td>
            <Table.Td>
              <Ltr mono>{row.number}</Ltr>
            </Table.Td>
            <Table.Td>
              <Ltr mono>{row.issuingState}</Ltr>
            </Table.Td>
            <Table.Td>{t(`border.lostReasons.${row.reason}`)}</Table.Td>
            <Table.Td>{format.date(row.reportedAt)}</Table.Td>
            <Table.Td>{row.source ? <span dir="auto">{row.source}</span> : '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The dry run's answer: rows read, errors, first rows. */
function LostPreview({ preview }: { preview: Result }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm" role="region" aria-label={t('border.watchlists.preview.title')}>
      <Title order={4}>{t('border.watchlists.preview.title')}</Title>
      <Text size="sm">
        {t('border.watchlists.lost.previewSummary', { rows: format.number(preview.rows) })}
      </Text>
      <FileVerdict rows={preview.rows} errors={preview.errors} errorCount={preview.errorCount} />
      {preview.firstRows.length > 0 && <FirstRows rows={preview.firstRows} />}
    </Stack>
  );
}

/** The import card of the lost-documents page. */
export function LostDocumentsImport() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ file: File; preview: Result } | null>(null);
  const [imported, setImported] = useState<Result | null>(null);
  const dryRun = useMutation({
    mutationFn: (upload: File) =>
      uploadList<Result>(`${PATH}${queryString({ dryRun: 'true' })}`, upload, me.csrfToken),
    meta: { silent: true },
    onSuccess: (preview, upload) => setChecked({ file: upload, preview }),
  });
  const run = useMutation({
    mutationFn: (upload: File) => uploadList<Result>(PATH, upload, me.csrfToken),
    meta: { silent: true },
    onSuccess: async (result) => {
      setImported(result);
      setFile(null);
      setChecked(null);
      // Documents looked up before may have been listed again by the file.
      await queryClient.invalidateQueries({ queryKey: ['border', 'lost-documents'] });
    },
  });
  const preview = checked && checked.file === file ? checked.preview : null;
  const importable = preview !== null && preview.errorCount === 0 && preview.rows > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      run.reset();
      setImported(null);
      dryRun.mutate(file);
    }
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate aria-label={t('border.watchlists.lost.importTitle')}>
        <Stack gap="sm">
          <Title order={3}>{t('border.watchlists.lost.importTitle')}</Title>
          <Text size="sm">{t('border.watchlists.lost.importIntro')}</Text>
          <LostDocumentsColumns />
          <CsvFileField value={file} onChange={setFile} />
          <Group>
            <Button type="submit" variant="light" disabled={!file} loading={dryRun.isPending}>
              {t('border.watchlists.upload.dryRun')}
            </Button>
            <Button disabled={!importable} loading={run.isPending} onClick={() => file && run.mutate(file)}>
              {t('border.watchlists.upload.import')}
            </Button>
          </Group>
          {!importable && <DryRunFirst />}
          <UploadError error={dryRun.error ?? run.error} />
          {preview && <LostPreview preview={preview} />}
          {imported && (
            <Alert color="green" role="status">
              {t('border.watchlists.lost.importDone', {
                added: format.number(imported.added),
                updated: format.number(imported.updated),
              })}
            </Alert>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
