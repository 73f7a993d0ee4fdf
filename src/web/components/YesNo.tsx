/** A yes/no cell that reads as words, not just colour. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Green "Yes" or grey "No" (or custom words). */
export function YesNo({
  value,
  yes,
  no,
  danger,
}: {
  value: boolean;
  yes?: string;
  no?: string;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const color = value ? (danger ? 'red' : 'green') : 'gray';
  return (
    <Badge color={color} variant="light">
      {value ? (yes ?? t('common.yes')) : (no ?? t('common.no'))}
    </Badge>
  );
}
