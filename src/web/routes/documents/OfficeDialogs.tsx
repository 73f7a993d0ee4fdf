/** Configuring an office's numbers: block size and low-water mark, and drawing a block now. */
import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySuccess } from '../../components/notify';
import { documentTypesQuery, type DrawnBlock, type IssuingOffice } from './documentsApi';
import { FormActions } from '../../components/FormActions';

/** Refreshes the offices and this office's accounting after a change. */
function useRefreshOffice(siteId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['documents', 'offices'] }),
      queryClient.invalidateQueries({ queryKey: ['documents', 'offices', siteId, 'numbers'] }),
    ]);
}

/** Block size and low-water mark of one office. */
export function OfficeSettingsDialog({ office, onClose }: { office: IssuingOffice; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshOffice(office.siteId);
  const [blockSize, setBlockSize] = useState<number | string>(office.blockSize);
  const [lowWater, setLowWater] = useState<number | string>(office.lowWater);
  const save = useMutation({
    mutationFn: () =>
      api.put(`/api/documents/offices/${office.siteId}`, {
        blockSize: Number(blockSize),
        lowWater: Number(lowWater),
      }),
    meta: { silent: true },
    onSuccess: async () => {
      await refresh();
      notifySuccess(t('documents.offices.saved', { office: office.name }));
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('documents.offices.settingsOf', { office: office.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <NumberInput
            label={t('documents.offices.blockSize')}
            description={t('documents.offices.blockSizeHint')}
            required
            min={1}
            allowDecimal={false}
            value={blockSize}
            onChange={setBlockSize}
            error={errors.blockSize}
            data-autofocus
          />
          <NumberInput
            label={t('documents.offices.lowWater')}
            description={t('documents.offices.lowWaterHint')}
            required
            min={0}
            allowDecimal={false}
            value={lowWater}
            onChange={setLowWater}
            error={errors.lowWater}
          />
          <FormActions error={save.error} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Draws a block of the chosen series for the office at once, without waiting for the low-water mark. */
export function DrawBlockDialog({ office, onClose }: { office: IssuingOffice; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshOffice(office.siteId);
  const types = useQuery(documentTypesQuery);
  const prefixes = [
    ...new Set([
      ...office.series.map((s) => s.prefix),
      ...(types.data ?? []).map((type) => type.numberPrefix),
    ]),
  ].sort();
  const [prefix, setPrefix] = useState<string | null>(prefixes[0] ?? null);
  const draw = useMutation({
    mutationFn: () => api.post<DrawnBlock>(`/api/documents/offices/${office.siteId}/blocks`, { prefix }),
    meta: { silent: true },
    onSuccess: async (block) => {
      await refresh();
      notifySuccess(t('documents.offices.drawn', { first: block.first, last: block.last }));
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    draw.mutate();
  };
  return (
    <Modal opened onClose={onClose} title={t('documents.offices.drawBlock')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('documents.offices.drawConfirm', { office: office.name, size: office.blockSize })}
          </Text>
          <Select
            label={t('documents.offices.series')}
            required
            data={prefixes}
            value={prefix}
            onChange={setPrefix}
            allowDeselect={false}
            error={fieldErrors(draw.error).prefix}
          />
          <ErrorAlert error={draw.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={draw.isPending} disabled={!prefix}>
              {t('documents.offices.drawBlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
