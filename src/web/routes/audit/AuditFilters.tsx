/** The filter form of the audit trail. */
import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPTY_FILTER, type AuditFilter } from './auditApi';

/** Edits a filter locally and applies it on submit. */
export function AuditFilters({
  initial,
  onApply,
  errors,
}: {
  initial: AuditFilter;
  onApply: (filter: AuditFilter) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>(initial);
  const field = (key: keyof AuditFilter) => ({
    value: filter[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const value = event.currentTarget.value;
      setFilter((current) => ({ ...current, [key]: value }));
    },
    error: errors[key],
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(filter);
  };
  return (
    <form onSubmit={submit} aria-label={t('audit.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <TextInput label={t('audit.action')} placeholder="auth.login" dir="ltr" {...field('action')} />
        <TextInput label={t('audit.entityType')} placeholder="user" dir="ltr" {...field('entityType')} />
        <TextInput label={t('audit.entityId')} dir="ltr" {...field('entityId')} />
        <TextInput label={t('audit.userId')} dir="ltr" {...field('actorUserId')} />
        <TextInput label={t('audit.from')} type="date" {...field('from')} />
        <TextInput label={t('audit.to')} type="date" {...field('to')} />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            setFilter(EMPTY_FILTER);
            onApply(EMPTY_FILTER);
          }}
        >
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
