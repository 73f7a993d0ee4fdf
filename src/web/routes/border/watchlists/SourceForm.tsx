/** Creating a watchlist source, or renaming one, changing its threshold and switching it off or on. */
import { NumberInput, Select, Switch, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { DialogForm } from '../../../components/DialogForm';
import { Ltr } from '../../../components/Ltr';
import { notifySuccess } from '../../../components/notify';
import { SOURCE_KINDS, sourcesQuery, type WatchlistSource } from './watchlistsApi';

const DEFAULT_THRESHOLD = 0.8;

interface Props {
  /** The source to edit; absent to create one. */
  source?: WatchlistSource;
  onClose: () => void;
  onSaved: (source: WatchlistSource) => void;
}

/** A modal form; code and kind are given once, at creation. */
export function SourceForm({ source, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const [name, setName] = useState(source?.name ?? '');
  const [kind, setKind] = useState<string | null>(source?.kind ?? 'national');
  const [threshold, setThreshold] = useState<number | string>(source?.threshold ?? DEFAULT_THRESHOLD);
  const [active, setActive] = useState(source?.active ?? true);
  const save = useMutation({
    mutationFn: () => {
      const common = { name: name.trim(), threshold: typeof threshold === 'number' ? threshold : undefined };
      return source
        ? api.patch<WatchlistSource>(`/api/border/watchlists/${source.id}`, { ...common, active })
        : api.post<WatchlistSource>('/api/border/watchlists', { ...common, code: code.trim(), kind });
    },
    meta: { silent: true },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: sourcesQuery.queryKey });
      notifySuccess(t('border.watchlists.sources.saved', { name: saved.name }));
      onSaved(saved);
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={
        source
          ? t('border.watchlists.sources.editNamed', { name: source.name })
          : t('border.watchlists.sources.create')
      }
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={save.error}
      pending={save.isPending}
    >
      {source ? (
        <Text size="sm">
          {t('border.watchlists.fields.code')}: <Ltr mono>{source.code}</Ltr> ·{' '}
          {t(`border.sourceKinds.${source.kind}`)}
        </Text>
      ) : (
        <>
          <TextInput
            label={t('border.watchlists.fields.code')}
            description={t('border.watchlists.fields.codeHint')}
            required
            dir="ltr"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={errors.code}
          />
          <Select
            label={t('border.watchlists.fields.kind')}
            required
            data={SOURCE_KINDS.map((value) => ({ value, label: t(`border.sourceKinds.${value}`) }))}
            value={kind}
            onChange={setKind}
            error={errors.kind}
            allowDeselect={false}
          />
        </>
      )}
      <TextInput
        label={t('border.watchlists.fields.name')}
        required
        value={name}
        onChange={(event) => setName(event.currentTarget.value)}
        error={errors.name}
      />
      <NumberInput
        label={t('border.watchlists.fields.threshold')}
        description={t('border.watchlists.fields.thresholdHint')}
        min={0.5}
        max={1}
        step={0.05}
        decimalScale={2}
        clampBehavior="strict"
        value={threshold}
        onChange={setThreshold}
        error={errors.threshold}
      />
      {source && (
        <Switch
          label={t('border.watchlists.fields.active')}
          description={t('border.watchlists.fields.activeHint')}
          checked={active}
          onChange={(event) => setActive(event.currentTarget.checked)}
        />
      )}
    </DialogForm>
  );
}
