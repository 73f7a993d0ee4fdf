/**
 * Training: one tab per screen the caller may open, each its own address under /training. Coordinators
 * (training.manage) get courses, sessions, e-learning and reports; everyone signed in gets "My learning".
 */
import { useTranslation } from 'react-i18next';
import { firstTab, SectionTabs } from '../../components/SectionTabs';
import type { Me } from '../../session';

export const TRAINING_TABS = [
  { path: '/training/courses', key: 'courses', permission: 'training.manage' },
  { path: '/training/sessions', key: 'sessions', permission: 'training.manage' },
  { path: '/training/modules', key: 'modules', permission: 'training.manage' },
  { path: '/training/reports', key: 'reports', permission: 'training.manage' },
  // Every signed-in person learns: no permission asked.
  { path: '/training/learning', key: 'learning', permission: null },
] as const;

type TrainingTabKey = (typeof TRAINING_TABS)[number]['key'];

/** The first training tab the caller may open (where /training leads). */
export function firstTrainingTab(me: Me | null | undefined) {
  return firstTab(TRAINING_TABS, me);
}

/** The training frame with its tabs. */
export function TrainingLayout() {
  const { t } = useTranslation();
  return (
    <SectionTabs
      title={t('modules.training.title')}
      label={t('modules.training.title')}
      tabs={TRAINING_TABS}
      tabLabel={(key) => t(`training.tabs.${key as TrainingTabKey}`)}
    />
  );
}
