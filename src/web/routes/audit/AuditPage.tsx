/** The audit trail: who did what to which record, filterable, with the tamper check. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { PageTitle } from '../../components/PageTitle';
import { useMe } from '../../session';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { auditParams, auditQuery, EMPTY_FILTER, type AuditFilter } from './auditApi';
import { VerifyChain } from './VerifyChain';

/** The audit page. */
export function AuditPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filter, setFilter] = useState<AuditFilter>(EMPTY_FILTER);
  const audit = useInfiniteQuery(auditQuery(filter));
  const entries = audit.data?.pages.flat() ?? [];
  return (
    <Stack gap="md">
      <PageTitle>{t('modules.audit.title')}</PageTitle>
      <Text>{t('audit.intro')}</Text>
      {me.national && <VerifyChain />}
      <AuditFilters initial={filter} onApply={setFilter} errors={fieldErrors(audit.error)} />
      <Group justify="flex-end">
        <ExportButton path="/api/audit/export" params={auditParams(filter)} />
      </Group>
      <AuditTable entries={entries} loading={audit.isFetching} />
      {audit.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            onClick={() => void audit.fetchNextPage()}
            loading={audit.isFetchingNextPage}
          >
            {t('audit.older')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
