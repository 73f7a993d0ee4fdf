/** A case's history as a timeline: each change, when, by whom, states moved between, what it recorded. */
import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format';
import { useCaseLabels } from '../caseLabels';
import type { CaseDetail } from '../casesApi';

/** The history tab, oldest first. */
export function HistoryPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  const events = [...(detail.history ?? [])].sort((a, b) => a.at.localeCompare(b.at));
  if (events.length === 0) {
    return <Text c="dimmed">{t('cases.history.none')}</Text>;
  }
  return (
    <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} aria-label={t('cases.sections.history')}>
      {events.map((event) => {
        const detailText = Object.entries(event.detail ?? {})
          .filter(([, v]) => v !== null && v !== undefined && v !== '' && typeof v !== 'object')
          .filter(([k]) => !/Id$/.test(k))
          .map(([k, v]) => `${labels.field(k)}: ${String(v)}`)
          .join(' · ');
        return (
          <Timeline.Item key={event.id} title={labels.of('historyKinds', event.kind)}>
            <Text size="sm" c="dimmed">
              {format.dateTime(event.at)}
              {event.actorLabel ? ` · ${event.actorLabel}` : ''}
            </Text>
            {event.toState && (
              <Text size="sm">
                {event.fromState ? `${labels.state(event.fromState)} → ` : ''}
                {labels.state(event.toState)}
              </Text>
            )}
            {detailText && (
              <Text size="sm" dir="auto">
                {detailText}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
