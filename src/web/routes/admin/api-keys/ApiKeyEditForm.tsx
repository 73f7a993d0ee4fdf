/** Changing a key's name, scopes or rate limit (its secret stays the same). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, fieldErrors } from '../../../api';
import { DialogForm } from '../../../components/DialogForm';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { notifySuccess } from '../../../components/notify';
import { NameInput } from '../AdminFields';
import { apiKeysQuery, type ApiKey } from '../adminApi';
import { RateLimitInput, rateLimitValue, ScopeCheckboxes } from './KeyFields';

/** The change-key modal. */
export function ApiKeyEditForm({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(apiKey.name);
  const [scopes, setScopes] = useState<string[]>(apiKey.scopes);
  const [rateLimit, setRateLimit] = useState<number | string>(apiKey.rateLimitPerMinute ?? '');
  const save = useMutation({
    mutationFn: () => api.patch<ApiKey>(`/api/admin/api-keys/${apiKey.id}`, { name: name.trim(), scopes, rateLimitPerMinute: rateLimitValue(rateLimit) }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: apiKeysQuery.queryKey });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'api-usage'] });
      notifySuccess(t('partnerApi.saved', { name: saved.name }));
      onClose();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <DialogForm
      title={t('partnerApi.editTitle', { name: apiKey.name })}
      size="lg"
      onClose={onClose}
      onSubmit={() => save.mutate()}
      error={null}
      pending={save.isPending}
    >
      <ErrorAlert error={Object.keys(errors).length === 0 ? save.error : null} />
      <NameInput value={name} onChange={setName} error={errors.name} />
      <ScopeCheckboxes value={scopes} onChange={setScopes} error={errors.scopes} />
      <RateLimitInput value={rateLimit} onChange={setRateLimit} error={errors.rateLimitPerMinute} />
    </DialogForm>
  );
}
