/** Fields the key forms share: the scopes, each with the endpoints it opens, and the key's rate limit. */
import { Checkbox, NumberInput, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useScopeLabel } from '../../../labels';
import { API_SCOPES } from '../../../reference';
import { partnerApiReferenceQuery } from '../api-usage/usageApi';

/** The scope checkboxes; under each, its code and the endpoints it opens. */
export function ScopeCheckboxes({ value, onChange, error }: { value: string[]; onChange: (scopes: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const scopeLabel = useScopeLabel();
  const reference = useQuery(partnerApiReferenceQuery);
  const endpointsOf = (scope: string) =>
    reference.data?.scopes
      .find((s) => s.scope === scope)
      ?.endpoints.map((e) => `${e.method} ${e.url}`)
      .join(', ');
  return (
    <Checkbox.Group label={t('admin.apiKeys.scopes')} required value={value} onChange={onChange} error={error}>
      <Stack gap={6} mt="xs">
        {API_SCOPES.map((scope) => {
          const endpoints = endpointsOf(scope);
          return (
            <Checkbox
              key={scope}
              value={scope}
              label={scopeLabel(scope)}
              description={
                <span dir="ltr">
                  {scope}
                  {endpoints ? ` — ${t('partnerApi.opens', { endpoints, interpolation: { escapeValue: false } })}` : ''}
                </span>
              }
            />
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}

/** The rate limit field: empty means the configured default, which the help text names. */
export function RateLimitInput({ value, onChange, error }: { value: number | string; onChange: (value: number | string) => void; error?: string }) {
  const { t } = useTranslation();
  const reference = useQuery(partnerApiReferenceQuery);
  const fallback = reference.data?.defaultRateLimitPerMinute;
  return (
    <NumberInput
      label={t('partnerApi.rateLimitField')}
      description={fallback !== undefined ? t('partnerApi.rateLimitHelp', { count: fallback }) : undefined}
      placeholder={fallback !== undefined ? String(fallback) : undefined}
      min={1}
      max={100_000}
      allowDecimal={false}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** The rate limit to send: a number, or null for the default when the field is empty. */
export function rateLimitValue(value: number | string): number | null {
  return value === '' || value === null ? null : Number(value);
}
