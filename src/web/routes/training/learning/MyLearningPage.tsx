/** "My learning": the active e-learning modules with the caller's progress in each, and where to go on. */
import { Badge, Button, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { modulesQuery, progressPercent, type ElearningModule } from '../elearning/elearningApi';
import { useTrainingFormat } from '../trainingFormat';

function ModuleCard({ module }: { module: ElearningModule }) {
  const { t } = useTranslation();
  const format = useTrainingFormat();
  const percent = progressPercent(module.done, module.lessons);
  const completed = !!module.completedAt;
  const action = completed ? 'review' : module.lastLessonId || module.done > 0 ? 'continue' : 'start';
  const titleId = `training-module-${module.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={4}>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Text fw={700} id={titleId}>
              {module.title}
            </Text>
            {completed && (
              <Badge color="green" variant="light">
                {t('training.learning.completed')}
              </Badge>
            )}
          </Group>
          {module.description && (
            <Text size="sm" c="dimmed">
              {module.description}
            </Text>
          )}
        </Stack>
        <Stack gap={4}>
          <Progress
            value={percent}
            color={completed ? 'green' : 'blue'}
            aria-label={t('training.learning.progressOf', { title: module.title })}
          />
          <Text size="xs" c="dimmed">
            {t('training.learning.lessonsDone', {
              done: format.number(module.done),
              total: format.number(module.lessons),
              percent: format.percent(percent),
            })}
          </Text>
        </Stack>
        <Group>
          <Button
            renderRoot={(props) => <Link {...props} to="/training/learning/$id" params={{ id: module.id }} />}
            variant={action === 'review' ? 'default' : 'filled'}
            aria-label={t(`training.learning.${action}Named`, { title: module.title })}
          >
            {t(`training.learning.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** The learner's list of modules. */
export function MyLearningPage() {
  const { t } = useTranslation();
  const modules = useQuery(modulesQuery);
  const active = (modules.data ?? []).filter((module) => module.active);
  return (
    <Stack gap="md">
      <Text>{t('training.learning.intro')}</Text>
      <ErrorAlert error={modules.error} />
      {modules.isPending ? (
        <Text>{t('common.loading')}</Text>
      ) : active.length === 0 ? (
        <Text c="dimmed">{t('training.learning.none')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {active.map((module) => (
            <ModuleCard key={module.id} module={module} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
