/**
 * One case through the generic case page: its facts, the reflection-period deadline where there is one, the
 * moves the caller may make, and one tab per section the caller sees (a referred organisation sees only the
 * sections its referral grants).
 */
import { Alert, Anchor, Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Ltr } from '../../../components/Ltr';
import { PageTitle } from '../../../components/PageTitle';
import { useFormat } from '../../../format';
import { useCaseLabels } from '../caseLabels';
import { caseQuery, caseTypesQuery, type CaseDetail, type CaseSection, type CaseTypes, type TypeDefinition } from '../casesApi';
import { StateBadge } from '../common/CasesTable';
import { AssessmentsPanel } from './AssessmentsPanel';
import { AttachmentsPanel } from './AttachmentsPanel';
import { CaseFacts, ReflectionDeadline, TransitionBar } from './CaseFacts';
import { ChecklistPanel } from './ChecklistPanel';
import { ConsentsPanel } from './ConsentsPanel';
import { DetailsPanel } from './DetailsPanel';
import { HistoryPanel } from './HistoryPanel';
import { NotesPanel } from './NotesPanel';
import { PersonsPanel } from './PersonsPanel';
import { ReferralsPanel } from './ReferralsPanel';
import { ReturnPanel } from './ReturnPanel';
import { ServicesPanel } from './ServicesPanel';
import { TasksPanel } from './TasksPanel';

const route = getRouteApi('/app/cases/$id');

interface Panel {
  key: string;
  label: string;
  render: () => ReactNode;
}

/** The tabs of the sections the caller sees, in reading order. */
function usePanels(detail: CaseDetail, definition: TypeDefinition, types: CaseTypes): Panel[] {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const sees = (section: CaseSection) => detail.sections.includes(section);
  const panels: Panel[] = [];
  const add = (key: string, when: boolean, render: () => ReactNode, label = labels.of('sections', key)) => {
    if (when) {
      panels.push({ key, label, render });
    }
  };
  add('details', sees('details') && !!detail.data, () => <DetailsPanel detail={detail} definition={definition} />);
  add('persons', sees('persons') && !!detail.persons, () => <PersonsPanel detail={detail} types={types} />);
  add('return', detail.type === 'avrr' && (sees('checklist') || sees('details') || sees('services')), () => <ReturnPanel detail={detail} checklistOrder={definition.checklist} />, t('cases.return.title'));
  add('checklist', detail.type !== 'avrr' && definition.checklist.length > 0 && sees('checklist'), () => <ChecklistPanel detail={detail} order={definition.checklist} />);
  add(
    'assessments',
    sees('assessments') && (detail.type === 'trafficking' || detail.type === 'protection' || (detail.assessments?.length ?? 0) > 0),
    () => <AssessmentsPanel detail={detail} />,
  );
  add('tasks', sees('tasks') && !!detail.tasks, () => <TasksPanel detail={detail} />);
  add('services', sees('services') && !!detail.services, () => <ServicesPanel detail={detail} />);
  add('notes', sees('notes') && !!detail.notes, () => <NotesPanel detail={detail} />);
  add('attachments', sees('attachments') && !!detail.attachments, () => <AttachmentsPanel detail={detail} />);
  add('consents', sees('consents') && !!detail.consents, () => <ConsentsPanel detail={detail} />);
  add('referrals', sees('referrals') && !!detail.referrals, () => <ReferralsPanel detail={detail} types={types} />);
  add('history', sees('history') && !!detail.history, () => <HistoryPanel detail={detail} />);
  return panels;
}

function ReferralNotice({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const format = useFormat();
  if (detail.access !== 'referral') {
    return null;
  }
  return (
    <Alert color="grape" title={t('cases.case.referralTitle')}>
      {t('cases.case.referralBody', {
        organisation: detail.ownerOrganisation.name,
        sections: format.list(detail.sections.map((s) => labels.of('sections', s))),
      })}
    </Alert>
  );
}

function CaseBody({ detail, types }: { detail: CaseDetail; types: CaseTypes }) {
  const { t } = useTranslation();
  const labels = useCaseLabels();
  const definition = types.types.find((d) => d.type === detail.type);
  const panels = usePanels(detail, definition ?? { type: detail.type, labels: [], initialState: '', states: [], transitions: [], fields: [], checklist: [], can: { create: false } }, types);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/cases/list" size="sm">
        {t('cases.case.back')}
      </Anchor>
      <PageTitle>{`${detail.reference} · ${detail.title}`}</PageTitle>
      <Group gap="sm">
        <Badge variant="outline">{labels.type(detail.type)}</Badge>
        <StateBadge state={detail.state} />
        <Text size="sm" c="dimmed">
          <Ltr mono>{detail.reference}</Ltr>
        </Text>
      </Group>
      <ReferralNotice detail={detail} />
      <ReflectionDeadline detail={detail} />
      <CaseFacts detail={detail} />
      {definition && <TransitionBar detail={detail} definition={definition} />}
      {panels.length > 0 && (
        <Tabs defaultValue={panels[0]!.key} keepMounted={false}>
          <Tabs.List mb="md" aria-label={t('cases.case.sectionsLabel')}>
            {panels.map((panel) => (
              <Tabs.Tab key={panel.key} value={panel.key}>
                {panel.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {panels.map((panel) => (
            <Tabs.Panel key={panel.key} value={panel.key}>
              {panel.render()}
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}

/** The case page, by id from the address. */
export function CasePage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const detail = useQuery(caseQuery(id));
  const types = useQuery(caseTypesQuery);
  if (detail.isPending || types.isPending) {
    return <Text>{t('common.loading')}</Text>;
  }
  if (!detail.data || !types.data) {
    return <ErrorAlert error={detail.error ?? types.error} />;
  }
  return <CaseBody detail={detail.data} types={types.data} />;
}
