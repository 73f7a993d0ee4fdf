/** The register of documents: filters, the list a page at a time, and the counts per issuing office. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { can, useMe } from '../../session';
import { ShowMore } from '../border/desk/ListControls';
import { addDays } from '../../../common/stays';
import { BORDER_TIME_ZONE } from '../../../server/modules/border/reference';
import { todayIn } from '../border/desk/deskFormat';
import { registerQuery, type Period, type RegisterFilter } from './documentsApi';
import { DocumentsTable } from './DocumentsTable';
import { OfficeCounts } from './OfficeCounts';
import { RegisterFilters } from './RegisterFilters';

/** The counts' period: the register's issue dates, else the year up to today in this browser's calendar. */
function countsPeriod(filter: RegisterFilter): Period {
  // Documents are issued on the issuing state's calendar day, whatever the computer's time zone.
  const to = filter.to ?? todayIn(BORDER_TIME_ZONE);
  return { from: filter.from ?? addDays(to, -364), to };
}

/** The register tab. */
export function RegisterPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filter, setFilter] = useState<RegisterFilter>({});
  // Typing a number prefix asks the server once the typing pauses, not at every key; choices apply at once.
  const [number] = useDebouncedValue(filter.number, 300);
  const applied = useMemo(() => ({ ...filter, number }), [filter, number]);
  const register = useInfiniteQuery(registerQuery(applied));
  const documents = register.data?.pages.flatMap((page) => page.documents) ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text style={{ flex: '1 1 30rem' }}>{t('documents.register.intro')}</Text>
        <Group gap="xs">
          <ExportButton path="/api/documents/export" params={{ ...applied }} />
          {can(me, ['documents.issue']) && (
            <Button component={Link} to="/documents/apply">
              {t('documents.apply.open')}
            </Button>
          )}
        </Group>
      </Group>
      <RegisterFilters filter={filter} onChange={setFilter} errors={fieldErrors(register.error)} />
      <ErrorAlert error={register.error} />
      {register.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : (
        <DocumentsTable documents={documents} label={t('documents.register.tableLabel')} />
      )}
      <ShowMore query={register} />
      <OfficeCounts period={countsPeriod(applied)} />
    </Stack>
  );
}
