/** A document's life as a timeline: each step, when, by whom, and what it recorded. */
import { Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format';
import type { DocumentEvent } from './documentsApi';

/** The event's detail in one line of `label: value` pairs (labels translated where known). */
function detailText(detail: Record<string, unknown> | null, label: (key: string) => string): string {
  return Object.entries(detail ?? {})
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(
      ([key, value]) => `${label(key)}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(' · ');
}

/** The timeline, oldest step first. */
export function EventsTimeline({ events }: { events: readonly DocumentEvent[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (key: string) => t(`documents.eventDetails.${key as 'number'}`, { defaultValue: key });
  return (
    <section aria-labelledby="document-events-title">
      <Title order={3} size="h4" mb="sm" id="document-events-title">
        {t('documents.document.events')}
      </Title>
      <Timeline active={events.length - 1} bulletSize={14} lineWidth={2}>
        {events.map((event, index) => {
          const detail = detailText(event.detail, label);
          return (
            <Timeline.Item
              key={`${event.at}/${index}`}
              title={t(`documents.events.${event.action as 'applied'}`, { defaultValue: event.action })}
            >
              <Text size="sm" c="dimmed">
                {format.dateTime(event.at)}
                {event.actorName ? ` · ${event.actorName}` : ''}
              </Text>
              {detail && (
                <Text size="sm" dir="auto">
                  {detail}
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
    </section>
  );
}
