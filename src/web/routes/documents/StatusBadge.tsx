/** A document's status as a coloured badge that reads as words, not just colour. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus } from './documentsApi';
import { STATUS_COLOURS } from './documentLabels';

/** The effective status (expired included) of a document. */
export function StatusBadge({ status, size }: { status: DocumentStatus; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} size={size} variant={status === 'handed-over' ? 'filled' : 'light'}>
      {t(`documents.statuses.${status}`)}
    </Badge>
  );
}
