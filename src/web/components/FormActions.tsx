/** The foot of a form in a dialog: the save error if any, then Cancel and Save (Save shows progress). */
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from './ErrorAlert';

/** Error, Cancel and Save, the same in every dialog. */
export function FormActions({
  error,
  pending,
  onCancel,
  saveLabel,
}: {
  error: unknown;
  pending: boolean;
  onCancel: () => void;
  saveLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" loading={pending}>
          {saveLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}
