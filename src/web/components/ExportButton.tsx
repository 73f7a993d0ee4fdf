/**
 * "Export" for any list: CSV or XLSX of the list's current filter, downloaded as the server streams it,
 * with a progress bar (rows for CSV, bytes for the compressed XLSX, out of the rows the server announced)
 * and a cancel. The server applies the list's own scope and audits the export.
 */
import { Button, Group, Menu, Progress, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../api';
import { useFormat } from '../format';
import { downloadExport, type ExportFormat, type ExportProgress } from './exportDownload';
import { notifyError, notifySuccess } from './notify';

const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The export menu of a list; `params` is the list's filter as its API takes it. */
export function ExportButton({ path, params, disabled = false }: { path: string; params: Record<string, string | number | undefined | null>; disabled?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [progress, setProgress] = useState<(ExportProgress & { format: ExportFormat }) | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = async (chosen: ExportFormat) => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ format: chosen, total: 0, rows: null, bytes: 0 });
    try {
      const file = await downloadExport(path, params, chosen, (p) => setProgress({ ...p, format: chosen }), abort.signal);
      saveFile(file);
      notifySuccess(t('export.done', { file: file.fileName }));
    } catch (error) {
      if (abort.signal.aborted) {
        notifySuccess(t('export.cancelled'));
      } else {
        notifyError(error);
      }
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  if (progress) {
    const known = progress.rows !== null && progress.total > 0;
    const status =
      progress.bytes === 0
        ? t('export.preparing')
        : known
          ? t('export.rowsProgress', { done: format.number(progress.rows ?? 0), total: format.number(progress.total) })
          : t('export.bytesProgress', { size: megabytes(progress.bytes), total: format.number(progress.total) });
    return (
      <Group gap="xs" wrap="nowrap" miw={260} data-testid="export-progress">
        <Progress.Root w={120} size="lg">
          <Progress.Section value={known ? (100 * (progress.rows ?? 0)) / progress.total : 100} animated={!known} striped={!known} aria-label={t('export.progressLabel')} />
        </Progress.Root>
        <Text size="sm" role="status" aria-live="polite">
          {status}
        </Text>
        <Button size="xs" variant="subtle" color="red" onClick={() => controller.current?.abort()}>
          {t('export.cancel')}
        </Button>
      </Group>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" disabled={disabled} aria-label={t('export.menuLabel')}>
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {FORMATS.map((chosen) => (
          <Menu.Item key={chosen} onClick={() => void start(chosen)}>
            {t(`export.${chosen}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
