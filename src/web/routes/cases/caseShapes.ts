/** The JSON shapes of /api/cases/* as the web app reads them (see src/server/modules/cases/README.md). */
import type { CaseType, FieldDefinition, Requirement } from '../../../server/modules/cases/definitions';
import type {
  CaseSection,
  ChecklistStatus,
  ReferralKind,
  ReferralStatus,
  ServiceKind,
  TaskStatus,
} from '../../../server/modules/cases/reference';

export type { CaseType };

export interface OrgRef {
  id: string;
  name: string;
}
export interface UserRef {
  id: string;
  displayName: string;
}

/** What the people service tells about a person of a case (null when the caller may not see them). */
export interface CasePersonSummary {
  id: string;
  registrationNumber: string;
  givenNames: string;
  surname: string;
  sex: string;
  dateOfBirth: string | null;
  nationalities: string[];
  minor: boolean;
}

export type CaseAccess = 'full' | 'referral';

export interface CaseListItem {
  id: string;
  reference: string;
  type: CaseType;
  state: string;
  title: string;
  ownerOrganisation: OrgRef;
  ownerUser: UserRef | null;
  assignedTeam: string | null;
  openedAt: string;
  closedAt: string | null;
  access: CaseAccess;
  persons: { personId: string; role: string; name: string }[];
  openTasks: number;
  nextDueAt: string | null;
}

export interface Task {
  id: string;
  caseId: string;
  code: string;
  title: string;
  state: string;
  dueAt: string;
  remindAt: string | null;
  assigneeUserId: string | null;
  status: TaskStatus;
  doneAt: string | null;
  overdue: boolean;
}

export interface CaseRef {
  id: string;
  reference: string;
  type: CaseType;
  title: string;
}

export interface Referral {
  id: string;
  caseId: string;
  caseReference: string;
  caseType: CaseType;
  kind: ReferralKind;
  fromOrganisation: OrgRef;
  toOrganisation: OrgRef;
  sections: CaseSection[];
  reason: string;
  details: string | null;
  consentId: string | null;
  status: ReferralStatus;
  createdAt: string;
  respondedAt: string | null;
  responseNote: string | null;
  endedAt: string | null;
  can: { accept: boolean; reject: boolean; complete: boolean; revoke: boolean };
}

export type CaseData = Record<string, unknown>;

export interface CasePerson {
  personId: string;
  role: string;
  relation: string | null;
  person: CasePersonSummary | null;
}

export interface ChecklistEntry {
  item: string;
  status: ChecklistStatus;
  note: string | null;
  updatedAt: string | null;
}

export interface Note {
  id: string;
  body: string;
  authorLabel: string;
  authorOrganisation: OrgRef | null;
  createdAt: string;
}

export type RiskLevel = 'low' | 'medium' | 'high';

export interface Assessment {
  id: string;
  kind: string;
  individualRisk: RiskLevel;
  householdRisk: RiskLevel;
  communityRisk: RiskLevel;
  specialNeeds: string[];
  answers: Record<string, unknown> | null;
  notes: string | null;
  recordedAt: string;
}

export interface Service {
  id: string;
  personId: string | null;
  kind: ServiceKind;
  description: string | null;
  deliveredOn: string;
  location: string | null;
  amount: number | null;
  currency: string | null;
  providerOrganisation: OrgRef | null;
  createdAt: string;
}

export interface Attachment {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: string;
  url: string;
}

export interface Consent {
  id: string;
  personId: string;
  scope: string;
  basis: 'consent' | 'legal-basis';
  legalBasis: string | null;
  givenBy: string | null;
  recordedOn: string;
  withdrawnAt: string | null;
}

export interface CaseEvent {
  id: string;
  at: string;
  kind: string;
  fromState: string | null;
  toState: string | null;
  actorLabel: string | null;
  detail: Record<string, unknown> | null;
}

export interface Problem {
  field: string;
  message: string;
}

export interface TransitionOption {
  to: string;
  allowed: boolean;
  problems: Problem[];
}

export interface CaseCan {
  edit: boolean;
  transition: boolean;
  addPerson: boolean;
  addTask: boolean;
  addNote: boolean;
  addService: boolean;
  addAttachment: boolean;
  recordConsent: boolean;
  assess: boolean;
  updateChecklist: boolean;
  refer: boolean;
  involve: boolean;
}

export interface CaseDetail {
  id: string;
  reference: string;
  type: CaseType;
  state: string;
  title: string;
  labels: string[];
  ownerOrganisation: OrgRef;
  ownerUser: UserRef | null;
  assignedTeam: string | null;
  organisations: OrgRef[];
  openedAt: string;
  stateEnteredAt: string;
  closedAt: string | null;
  closureReason: string | null;
  version: number;
  access: CaseAccess;
  sections: CaseSection[];
  data?: CaseData;
  persons?: CasePerson[];
  tasks?: Task[];
  checklist?: ChecklistEntry[];
  notes?: Note[];
  assessments?: Assessment[];
  services?: Service[];
  attachments?: Attachment[];
  consents?: Consent[];
  referrals?: Referral[];
  history?: CaseEvent[];
  can: CaseCan;
  transitions: TransitionOption[];
}

export interface StateDefinition {
  code: string;
  terminal?: boolean;
  requires?: Requirement[];
  deadline?: { name: string; days: string } | null;
}

export interface TypeDefinition {
  type: CaseType;
  labels: string[];
  initialState: string;
  states: StateDefinition[];
  transitions: { from: string; to: string; permission: string; organisationTypes?: string[] | null; requires?: Requirement[] }[];
  fields: FieldDefinition[];
  checklist: string[];
  can: { create: boolean };
}

export interface CaseTypes {
  types: TypeDefinition[];
  sections: CaseSection[];
  grantableSections: CaseSection[];
  personRoles: string[];
  serviceKinds: ServiceKind[];
  checklistStatuses: ChecklistStatus[];
  consentScopes: string[];
  consentBases: string[];
  riskLevels: RiskLevel[];
  specialNeeds: string[];
  referralReasons: string[];
}

export interface Reminder {
  id: string;
  kind: 'due-soon' | 'overdue';
  firedAt: string;
  readAt: string | null;
  task: { id: string; title: string; dueAt: string };
  case: CaseRef;
}

export type HomeTask = Task & { case: CaseRef };

export interface CasesHome {
  myCases: CaseListItem[];
  tasksDueToday: HomeTask[];
  tasksOverdue: HomeTask[];
  referralsWaiting: Referral[];
  reminders: Reminder[];
}

export interface CaseFilter {
  type?: string;
  state?: string;
  q?: string;
  mine?: boolean;
  organisation?: string;
  includeClosed?: boolean;
  page?: number;
}

export interface Signal {
  id: string;
  createdAt: string;
  personId: string;
  personName: string;
  indicators: string[];
  note: string | null;
  location: string | null;
  observedOn: string | null;
  agency: OrgRef;
}

/** Amounts of in-kind and cash assistance per currency (`inKindAmount`: one amount, as the README first said). */
interface AssistanceAmounts {
  inKindAmounts?: Record<string, number>;
  inKindAmount?: number;
}

export interface AvrrStatistics {
  rows: ({ countryOfReturn: string; vulnerability: string; cases: number; departed: number } & AssistanceAmounts)[];
  totals: { cases: number; departed: number } & AssistanceAmounts;
}
