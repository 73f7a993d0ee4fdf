/**
 * Importing a CSV into a watchlist source. A dry run comes first and shows what the file would change;
 * only a file whose dry run found no errors can be imported, and only as it was checked (same file, same
 * mode). The import is a job on the server: its progress is followed until the version is live.
 */
import {
  Accordion,
  Alert,
  Button,
  Group,
  Paper,
  Progress,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../../../api';
import { Ltr } from '../../../components/Ltr';
import { useFormat } from '../../../format';
import { useMe } from '../../../session';
import { CsvColumns, CsvFileField, DryRunFirst, UploadError } from './ListUpload';
import { WatchlistPreview } from './WatchlistPreview';
import {
  IMPORT_MODES,
  importJobQuery,
  importsQuery,
  sourcesQuery,
  uploadList,
  WATCHLIST_CSV_COLUMNS,
  type ImportMode,
  type WatchlistImport as ImportJob,
  type WatchlistPreview as Preview,
  type WatchlistSource,
} from './watchlistsApi';

interface Upload {
  file: File;
  mode: ImportMode;
  note: string;
}

/** The expected columns with what each holds, and the template. */
function WatchlistColumns() {
  const { t } = useTranslation();
  const columns = WATCHLIST_CSV_COLUMNS.map((name) => ({
    name,
    meaning: t(`border.watchlists.columns.${name}`),
  }));
  return (
    <Accordion variant="contained">
      <Accordion.Item value="columns">
        <Accordion.Control>{t('border.watchlists.upload.columns')}</Accordion.Control>
        <Accordion.Panel>
          <CsvColumns columns={columns} templateName="watchlist-template.csv" />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}

/** A running or finished import: how far it got, then the version it made live or why it failed. */
function ImportProgress({ job }: { job: ImportJob & { progress: number } }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = {
    added: format.number(job.added),
    changed: format.number(job.changed),
    removed: format.number(job.removed),
    unchanged: format.number(job.unchanged),
  };
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Progress
          value={Math.round(job.progress * 100)}
          animated={job.status === 'running'}
          aria-label={t('border.watchlists.progress.label')}
        />
        <Text size="sm" role="status" data-import-status={job.status}>
          {t(`border.watchlists.imports.statuses.${job.status}`)} ·{' '}
          {t('border.watchlists.progress.rows', {
            processed: format.number(job.processedRows),
            total: format.number(job.totalRows),
          })}
        </Text>
        {job.status === 'done' && (
          <Alert color="green">
            {t('border.watchlists.progress.done', { version: format.number(job.version), ...counts })}
          </Alert>
        )}
        {job.status === 'failed' && (
          <Alert color="red" title={t('border.watchlists.progress.failed')}>
            <Ltr>{job.failure}</Ltr>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The import followed on this page: the one just started, else one still running (started elsewhere or
 * before the page was opened). Lists and history are refreshed when it ends.
 */
function useFollowedImport(source: WatchlistSource, started: string | null) {
  const queryClient = useQueryClient();
  const history = useQuery(importsQuery(source.id));
  const followed = started ?? history.data?.find((item) => item.status === 'running')?.id ?? null;
  const job = useQuery({ ...importJobQuery(followed ?? ''), enabled: followed !== null });
  const status = followed ? job.data?.status : undefined;
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current !== status && status !== undefined && status !== 'running') {
      // The sources' key prefixes every source's imports: both refresh.
      void queryClient.invalidateQueries({ queryKey: sourcesQuery.queryKey });
    }
    previous.current = status;
  }, [status, queryClient]);
  return followed ? job.data : undefined;
}

/** The import form of one source (mount it with the source's id as key: a new source starts afresh). */
export function WatchlistImport({ source }: { source: WatchlistSource }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('replace');
  const [note, setNote] = useState('');
  const [checked, setChecked] = useState<{ upload: Upload; preview: Preview } | null>(null);
  const [started, setStarted] = useState<string | null>(null);
  const job = useFollowedImport(source, started);
  const path = (upload: Upload, dryRun: boolean) =>
    `/api/border/watchlists/${source.id}/imports${queryString({
      mode: upload.mode,
      dryRun: dryRun ? 'true' : undefined,
      note: upload.note.trim() || undefined,
    })}`;
  const dryRun = useMutation({
    mutationFn: (upload: Upload) => uploadList<Preview>(path(upload, true), upload.file, me.csrfToken),
    meta: { silent: true },
    onSuccess: (preview, upload) => setChecked({ upload, preview }),
  });
  const start = useMutation({
    mutationFn: (upload: Upload) => uploadList<ImportJob>(path(upload, false), upload.file, me.csrfToken),
    meta: { silent: true },
    onSuccess: async (created) => {
      setStarted(created.id);
      setFile(null);
      setChecked(null);
      setNote('');
      await queryClient.invalidateQueries({ queryKey: importsQuery(source.id).queryKey });
    },
  });
  // The preview stands for the file and mode it was made with; another choice needs another dry run.
  const preview =
    checked && checked.upload.file === file && checked.upload.mode === mode ? checked.preview : null;
  const running = job?.status === 'running';
  const importable = preview !== null && preview.errorCount === 0 && preview.rows > 0 && !running;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) {
      start.reset();
      dryRun.mutate({ file, mode, note });
    }
  };
  return (
    <Paper withBorder p="md">
      <form
        onSubmit={submit}
        noValidate
        aria-label={t('border.watchlists.upload.titleNamed', { name: source.name })}
      >
        <Stack gap="sm">
          <Title order={4}>{t('border.watchlists.upload.titleNamed', { name: source.name })}</Title>
          <WatchlistColumns />
          <CsvFileField value={file} onChange={setFile} />
          <Radio.Group
            label={t('border.watchlists.upload.mode')}
            value={mode}
            onChange={(value) => setMode(value as ImportMode)}
          >
            <Stack gap={6} mt="xs">
              {IMPORT_MODES.map((value) => (
                <Radio
                  key={value}
                  value={value}
                  label={t(`border.importModes.${value}`)}
                  description={t(`border.watchlists.upload.modeHints.${value}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('border.watchlists.upload.note')}
            description={t('border.watchlists.upload.noteHint')}
            maxLength={500}
            autosize
            minRows={1}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" variant="light" disabled={!file} loading={dryRun.isPending}>
              {t('border.watchlists.upload.dryRun')}
            </Button>
            <Button
              disabled={!importable}
              loading={start.isPending}
              onClick={() => file && start.mutate({ file, mode, note })}
            >
              {t('border.watchlists.upload.import')}
            </Button>
          </Group>
          {!importable && !running && <DryRunFirst />}
          <UploadError error={dryRun.error ?? start.error} />
          {preview && <WatchlistPreview preview={preview} />}
          {job && <ImportProgress job={job} />}
        </Stack>
      </form>
    </Paper>
  );
}
