/** Parts of a list upload shared by watchlists and lost documents: the file field, the columns, the row errors. */
import { Alert, Button, FileInput, List, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { downloadCsvTemplate, LIST_UPLOAD_MAX_BYTES, type RowError } from './watchlistsApi';

const MEGABYTE = 1024 * 1024;

/**
 * The CSV file picker. A file over the upload limit is refused here, before minutes of uploading end in
 * the server's refusal, with what to do instead.
 */
export function CsvFileField({
  value,
  onChange,
}: {
  value: File | null;
  onChange: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const max = format.number(LIST_UPLOAD_MAX_BYTES / MEGABYTE);
  return (
    <FileInput
      label={t('border.watchlists.upload.file')}
      description={t('border.watchlists.upload.fileHint', { max })}
      placeholder={t('border.watchlists.upload.choose')}
      accept=".csv,text/csv"
      clearable
      required
      value={value}
      error={tooLarge}
      onChange={(file) => {
        if (file && file.size > LIST_UPLOAD_MAX_BYTES) {
          setTooLarge(
            t('border.watchlists.upload.tooLarge', {
              size: format.number(Math.ceil(file.size / MEGABYTE)),
              max,
            }),
          );
          onChange(null);
          return;
        }
        setTooLarge(null);
        onChange(file);
      }}
    />
  );
}

/** The columns a CSV must have, each with what it holds, and a template to start from. */
export function CsvColumns({
  columns,
  templateName,
}: {
  columns: readonly { name: string; meaning: string }[];
  templateName: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Table withTableBorder aria-label={t('border.watchlists.upload.columnsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('border.watchlists.upload.column')}</Table.Th>
            <Table.Th>{t('border.watchlists.upload.meaning')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((column) => (
            <Table.Tr key={column.name}>
              <Table.Td>
                <Ltr mono>{column.name}</Ltr>
              </Table.Td>
              <Table.Td>{column.meaning}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <div>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            downloadCsvTemplate(
              templateName,
              columns.map((c) => c.name),
            )
          }
        >
          {t('border.watchlists.upload.template')}
        </Button>
      </div>
    </Stack>
  );
}

/** Every row error of a file (the server sends the first hundred), by line and column. */
function RowErrors({ errors, errorCount }: { errors: readonly RowError[]; errorCount: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Alert
        color="red"
        title={t('border.watchlists.upload.errorsTitle', { errors: format.number(errorCount) })}
      >
        {errorCount > errors.length
          ? t('border.watchlists.upload.errorsShown', { shown: format.number(errors.length) })
          : t('border.watchlists.upload.errorsFix')}
      </Alert>
      <Table withTableBorder striped aria-label={t('border.watchlists.upload.errorsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('border.watchlists.upload.line')}</Table.Th>
            <Table.Th>{t('border.watchlists.upload.column')}</Table.Th>
            <Table.Th>{t('border.watchlists.upload.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr key={`${error.line}-${error.column ?? ''}-${index}`}>
              <Table.Td>
                {error.line > 0 ? format.number(error.line) : t('border.watchlists.upload.wholeFile')}
              </Table.Td>
              <Table.Td>{error.column ? <Ltr mono>{error.column}</Ltr> : '—'}</Table.Td>
              <Table.Td>
                <Ltr>{error.message}</Ltr>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** Whether a dry-run file can be imported: its row errors, an empty file, or the all clear. */
export function FileVerdict({
  rows,
  errors,
  errorCount,
}: {
  rows: number;
  errors: readonly RowError[];
  errorCount: number;
}) {
  const { t } = useTranslation();
  if (errorCount > 0) {
    return <RowErrors errors={errors} errorCount={errorCount} />;
  }
  if (rows === 0) {
    return <Alert color="yellow">{t('border.watchlists.preview.empty')}</Alert>;
  }
  return <Alert color="green">{t('border.watchlists.preview.clean')}</Alert>;
}

/** A refused upload: the server's explanation and, for a file with bad rows, each row it named. */
export function UploadError({ error }: { error: unknown }) {
  if (!error) {
    return null;
  }
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      {fields.length > 0 && (
        <List size="sm">
          {fields.map((field, index) => (
            <List.Item key={`${field.field}-${index}`}>
              <Ltr>
                {field.field}: {field.message}
              </Ltr>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The line under the import button saying why it is not available yet. */
export function DryRunFirst() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed">
      {t('border.watchlists.upload.dryRunFirst')}
    </Text>
  );
}
