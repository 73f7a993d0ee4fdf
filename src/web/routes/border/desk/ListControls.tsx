/** Controls the border lists share: the BCP filter and "show more" for pages read newest first. */
import { Button, Group, Select } from '@mantine/core';
import type { UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useBcps } from './bcps';

/** A BCP among those the caller reads, or all of them (null). */
export function BcpFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (siteId: string | null) => void;
}) {
  const { t } = useTranslation();
  const { readable } = useBcps();
  return (
    <Select
      label={t('border.desk.post.bcp')}
      placeholder={t('border.desk.lists.allBcps')}
      data={readable.map((site) => ({ value: site.id, label: site.name }))}
      value={value}
      onChange={onChange}
      clearable
      w={260}
    />
  );
}

/** "Show more" while the server says there is an older page. */
export function ShowMore({
  query,
}: {
  query: Pick<UseInfiniteQueryResult, 'hasNextPage' | 'fetchNextPage' | 'isFetchingNextPage'>;
}) {
  const { t } = useTranslation();
  if (!query.hasNextPage) {
    return null;
  }
  return (
    <Group>
      <Button variant="default" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
        {t('border.desk.lists.showMore')}
      </Button>
    </Group>
  );
}
