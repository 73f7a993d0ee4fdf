/**
 * The case types, declared as data: states, transitions and who may make them, what each state
 * requires, the tasks created on entering a state, deadlines, fields and checklists. The engine
 * (`engine.ts`) reads only this; adding a case type is adding a definition here.
 */
import type { Permission, SensitivityLabel } from '../../platform/access/permissions';
import type { OrganisationType } from '../admin/reference';
import { htcdsValues } from './htcds';
import { TRAFFICKING_INDICATORS } from './reference';

export const CASE_TYPES = ['protection', 'trafficking', 'avrr', 'family-reunification'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** A field of a case type's `data`; picklists list their allowed values. */
export interface FieldDefinition {
  name: string;
  kind: 'text' | 'boolean' | 'date' | 'number' | 'country' | 'picklist' | 'multipicklist';
  values?: readonly string[];
}

/** Something that must hold before a case may enter a state. */
export type Requirement =
  | { field: string; values?: readonly string[] }
  | { checklist: 'all' | readonly string[] }
  | { fact: 'assessment' };

/** A task created when a case enters a state. */
export interface TaskTemplate {
  code: string;
  title: string;
  /** Due this many days after entering the state, or at the named deadline. */
  dueDays?: number;
  dueAtDeadline?: string;
  /** A reminder this many days before the due date. */
  remindDaysBefore?: number;
}

export interface StateDefinition {
  code: string;
  terminal?: boolean;
  requires?: readonly Requirement[];
  tasks?: readonly TaskTemplate[];
  /** A deadline set on entry: `data[name]` becomes the date `days(data)` days after entry. */
  deadline?: { name: string; days: 'reflection-period' };
}

export interface TransitionDefinition {
  from: string;
  to: string;
  /** The permission the caller must hold (besides full access to the case). */
  permission: Permission;
  /** Only users of organisations of these types may make it. */
  organisationTypes?: readonly OrganisationType[];
  /** Requirements of this transition on top of the target state's. */
  requires?: readonly Requirement[];
}

export interface CaseTypeDefinition {
  type: CaseType;
  /** Labels every case of the type carries; the caller must hold them all. */
  labels: readonly SensitivityLabel[];
  /** Permission needed to see any case of the type at all. */
  readPermission: Permission;
  /** Permission needed to open a case of the type. */
  createPermission: Permission;
  initialState: string;
  states: readonly StateDefinition[];
  transitions: readonly TransitionDefinition[];
  fields: readonly FieldDefinition[];
  checklist: readonly string[];
}

const CLOSED: StateDefinition = { code: 'closed', terminal: true };

/** Transitions to `closed` from each of `states` (closing always needs a reason, checked by the engine). */
function closingFrom(
  states: readonly string[],
  permission: Permission,
  organisationTypes?: readonly OrganisationType[],
): TransitionDefinition[] {
  return states.map((from) => ({
    from,
    to: 'closed',
    permission,
    ...(organisationTypes ? { organisationTypes } : {}),
  }));
}

const AVRR_VULNERABILITIES = [
  'victim-of-trafficking',
  'unaccompanied-minor',
  'medical-condition',
  'elderly',
  'single-parent',
  'disability',
  'none',
] as const;

const protection: CaseTypeDefinition = {
  type: 'protection',
  labels: [],
  readPermission: 'cases.read',
  createPermission: 'cases.write',
  initialState: 'open',
  states: [
    {
      code: 'open',
      tasks: [
        {
          code: 'initial-assessment',
          title: 'Initial protection assessment',
          dueDays: 7,
          remindDaysBefore: 2,
        },
      ],
    },
    {
      code: 'assessment',
      tasks: [{ code: 'support-plan', title: 'Agree the support plan', dueDays: 14, remindDaysBefore: 3 }],
    },
    {
      code: 'support',
      requires: [{ field: 'supportNeeds' }],
      tasks: [{ code: 'mobile-team-visit', title: 'Mobile-team visit', dueDays: 30, remindDaysBefore: 3 }],
    },
    {
      code: 'monitoring',
      tasks: [{ code: 'review', title: 'Review the case', dueDays: 90, remindDaysBefore: 7 }],
    },
    CLOSED,
  ],
  transitions: [
    { from: 'open', to: 'assessment', permission: 'cases.write' },
    { from: 'assessment', to: 'support', permission: 'cases.write' },
    { from: 'support', to: 'monitoring', permission: 'cases.write' },
    { from: 'monitoring', to: 'support', permission: 'cases.write' },
    ...closingFrom(['open', 'assessment', 'support', 'monitoring'], 'cases.write'),
  ],
  fields: [
    {
      name: 'supportNeeds',
      kind: 'multipicklist',
      values: ['legal', 'social', 'psychological', 'medical', 'shelter', 'education'],
    },
    { name: 'protectionRisks', kind: 'text' },
    { name: 'mobileTeam', kind: 'boolean' },
    { name: 'location', kind: 'text' },
  ],
  checklist: [],
};

const IDENTIFIED = ['PossibleVictimOfTrafficking', 'ActualVictimOfTrafficking'] as const;
const AGENCY: readonly OrganisationType[] = ['anti-trafficking-agency'];

const trafficking: CaseTypeDefinition = {
  type: 'trafficking',
  labels: ['trafficking'],
  readPermission: 'trafficking.cases',
  createPermission: 'trafficking.cases',
  initialState: 'signalled',
  states: [
    {
      code: 'signalled',
      tasks: [{ code: 'review-signal', title: 'Review the signal', dueDays: 2, remindDaysBefore: 1 }],
    },
    {
      code: 'identification',
      tasks: [
        {
          code: 'identification-interview',
          title: 'Identification interview',
          dueDays: 5,
          remindDaysBefore: 2,
        },
      ],
    },
    {
      code: 'reflection-period',
      requires: [
        { field: 'vic_TraffickingStatus', values: IDENTIFIED },
        { field: 'vic_TraffickingStatusDecisionMakingOrg' },
        { field: 'foreignVictim' },
      ],
      deadline: { name: 'reflectionPeriodEndsOn', days: 'reflection-period' },
      tasks: [
        {
          code: 'risk-needs-assessment',
          title: 'Risk and special-needs assessment',
          dueDays: 3,
          remindDaysBefore: 1,
        },
        {
          code: 'reflection-period-ends',
          title: 'Reflection period ends: decide on cooperation and stay',
          dueAtDeadline: 'reflectionPeriodEndsOn',
          remindDaysBefore: 14,
        },
      ],
    },
    {
      code: 'assistance',
      requires: [{ fact: 'assessment' }],
      tasks: [
        {
          code: 'assistance-referral',
          title: 'Refer to assistance providers',
          dueDays: 7,
          remindDaysBefore: 2,
        },
      ],
    },
    {
      code: 'return',
      tasks: [
        {
          code: 'open-avrr-case',
          title: 'Open the assisted voluntary return case',
          dueDays: 7,
          remindDaysBefore: 2,
        },
      ],
    },
    {
      code: 'follow-up',
      tasks: [{ code: 'follow-up-contact', title: 'Follow-up contact', dueDays: 90, remindDaysBefore: 7 }],
    },
    CLOSED,
  ],
  transitions: [
    { from: 'signalled', to: 'identification', permission: 'trafficking.cases', organisationTypes: AGENCY },
    {
      from: 'identification',
      to: 'reflection-period',
      permission: 'trafficking.cases',
      organisationTypes: AGENCY,
    },
    {
      from: 'identification',
      to: 'closed',
      permission: 'trafficking.cases',
      organisationTypes: AGENCY,
      requires: [{ field: 'vic_TraffickingStatus', values: ['NotAVictimOfTrafficking'] }],
    },
    { from: 'reflection-period', to: 'assistance', permission: 'trafficking.cases' },
    { from: 'assistance', to: 'return', permission: 'trafficking.cases' },
    { from: 'assistance', to: 'follow-up', permission: 'trafficking.cases' },
    { from: 'return', to: 'follow-up', permission: 'trafficking.cases' },
    ...closingFrom(['signalled'], 'trafficking.cases', AGENCY),
    ...closingFrom(['reflection-period', 'assistance', 'return', 'follow-up'], 'trafficking.cases'),
  ],
  fields: [
    { name: 'vic_TraffickingStatus', kind: 'picklist', values: htcdsValues('vic_TraffickingStatus') },
    {
      name: 'vic_TraffickingStatusDecisionMakingOrg',
      kind: 'picklist',
      values: htcdsValues('vic_TraffickingStatusDecisionMakingOrg'),
    },
    {
      name: 'vic_RelationshipToTrafficker',
      kind: 'picklist',
      values: htcdsValues('vic_RelationshipToTrafficker'),
    },
    { name: 'vic_AgeWhenTrafficked', kind: 'number' },
    {
      name: 'vic_MethodOfRecruitment',
      kind: 'multipicklist',
      values: htcdsValues('vic_MethodOfRecruitment'),
    },
    { name: 'vic_MethodsOfControl', kind: 'multipicklist', values: htcdsValues('vic_MethodsOfControl') },
    { name: 'vic_TypeOfExploitation', kind: 'multipicklist', values: htcdsValues('vic_TypeOfExploitation') },
    { name: 'vic_ForcedLabourIndustry', kind: 'picklist', values: htcdsValues('vic_ForcedLabourIndustry') },
    {
      name: 'vic_TypeOfSexExploitation',
      kind: 'multipicklist',
      values: htcdsValues('vic_TypeOfSexExploitation'),
    },
    { name: 'vic_Vulnerabilities', kind: 'multipicklist', values: htcdsValues('vic_Vulnerabilities') },
    { name: 'vic_DetailsOfVulnerabilities', kind: 'text' },
    { name: 'vic_AgreementToManagePersonalData', kind: 'boolean' },
    { name: 'hte_Country', kind: 'country' },
    { name: 'hte_Type', kind: 'picklist', values: htcdsValues('hte_Type') },
    { name: 'spl_Type', kind: 'picklist', values: htcdsValues('spl_Type') },
    { name: 'foreignVictim', kind: 'boolean' },
    { name: 'reflectionPeriodDays', kind: 'number' },
    { name: 'reflectionPeriodEndsOn', kind: 'date' },
    { name: 'indicators', kind: 'multipicklist', values: TRAFFICKING_INDICATORS },
  ],
  checklist: [],
};

const avrr: CaseTypeDefinition = {
  type: 'avrr',
  labels: [],
  readPermission: 'cases.read',
  createPermission: 'cases.write',
  initialState: 'application',
  states: [
    {
      code: 'application',
      tasks: [
        { code: 'counselling-session', title: 'Return counselling session', dueDays: 7, remindDaysBefore: 2 },
      ],
    },
    {
      code: 'counselling',
      tasks: [{ code: 'eligibility-check', title: 'Check eligibility', dueDays: 7, remindDaysBefore: 2 }],
    },
    { code: 'eligibility', requires: [{ field: 'countryOfReturn' }] },
    {
      code: 'pre-departure',
      requires: [{ field: 'eligibilityDecision', values: ['eligible'] }],
      tasks: [
        {
          code: 'request-travel-document',
          title: 'Request the travel document from the embassy',
          dueDays: 14,
          remindDaysBefore: 3,
        },
      ],
    },
    {
      code: 'departed',
      requires: [{ checklist: 'all' }, { field: 'departureDate' }],
      tasks: [
        {
          code: 'reintegration-plan',
          title: 'Agree the reintegration plan',
          dueDays: 30,
          remindDaysBefore: 7,
        },
      ],
    },
    {
      code: 'reintegration',
      requires: [{ field: 'reintegrationPlan' }],
      tasks: [{ code: 'follow-up-visit', title: 'Follow-up visit', dueDays: 90, remindDaysBefore: 7 }],
    },
    {
      code: 'follow-up',
      tasks: [
        { code: 'final-follow-up', title: 'Final follow-up visit', dueDays: 180, remindDaysBefore: 14 },
      ],
    },
    CLOSED,
  ],
  transitions: [
    { from: 'application', to: 'counselling', permission: 'cases.write' },
    { from: 'counselling', to: 'eligibility', permission: 'cases.write' },
    { from: 'eligibility', to: 'pre-departure', permission: 'cases.write' },
    {
      from: 'eligibility',
      to: 'closed',
      permission: 'cases.write',
      requires: [{ field: 'eligibilityDecision', values: ['ineligible'] }],
    },
    { from: 'pre-departure', to: 'departed', permission: 'cases.write' },
    { from: 'departed', to: 'reintegration', permission: 'cases.write' },
    { from: 'reintegration', to: 'follow-up', permission: 'cases.write' },
    ...closingFrom(['application', 'counselling', 'pre-departure', 'follow-up'], 'cases.write'),
  ],
  fields: [
    { name: 'countryOfReturn', kind: 'country' },
    { name: 'vulnerabilities', kind: 'multipicklist', values: AVRR_VULNERABILITIES },
    { name: 'eligibilityDecision', kind: 'picklist', values: ['eligible', 'ineligible'] },
    { name: 'departureDate', kind: 'date' },
    { name: 'departureCrossingId', kind: 'text' },
    { name: 'returnAddress', kind: 'text' },
    { name: 'reintegrationPlan', kind: 'text' },
    { name: 'traffickingCaseReference', kind: 'text' },
  ],
  checklist: [
    'travel-document',
    'medical-fitness',
    'ticket',
    'pocket-money',
    'escort',
    'transit-assistance',
    'arrival-assistance',
  ],
};

const familyReunification: CaseTypeDefinition = {
  type: 'family-reunification',
  labels: [],
  readPermission: 'cases.read',
  createPermission: 'cases.write',
  initialState: 'requested',
  states: [
    {
      code: 'requested',
      tasks: [
        {
          code: 'trace-family',
          title: 'Confirm the family link and the sponsor',
          dueDays: 14,
          remindDaysBefore: 3,
        },
      ],
    },
    { code: 'documentation', requires: [{ field: 'destinationCountry' }] },
    {
      code: 'visa',
      tasks: [{ code: 'visa-appointment', title: 'Visa appointment', dueDays: 30, remindDaysBefore: 5 }],
    },
    { code: 'travel', requires: [{ checklist: ['visa'] }] },
    { code: 'reunited', requires: [{ checklist: 'all' }] },
    CLOSED,
  ],
  transitions: [
    { from: 'requested', to: 'documentation', permission: 'cases.write' },
    { from: 'documentation', to: 'visa', permission: 'cases.write' },
    { from: 'visa', to: 'travel', permission: 'cases.write' },
    { from: 'travel', to: 'reunited', permission: 'cases.write' },
    ...closingFrom(['requested', 'documentation', 'visa', 'travel', 'reunited'], 'cases.write'),
  ],
  fields: [
    { name: 'destinationCountry', kind: 'country' },
    { name: 'sponsorLocation', kind: 'text' },
    { name: 'visaReference', kind: 'text' },
    { name: 'travelDate', kind: 'date' },
  ],
  checklist: ['visa', 'ticket', 'escort'],
};

export const CASE_DEFINITIONS: Readonly<Record<CaseType, CaseTypeDefinition>> = {
  protection,
  trafficking,
  avrr,
  'family-reunification': familyReunification,
};

/** The definition of a case type. */
export function definitionOf(type: string): CaseTypeDefinition {
  const definition = CASE_DEFINITIONS[type as CaseType] as CaseTypeDefinition | undefined;
  if (!definition) {
    throw new Error(`Unknown case type ${type}`);
  }
  return definition;
}

/** A state of a case type. */
export function stateOf(definition: CaseTypeDefinition, code: string): StateDefinition {
  const state = definition.states.find((s) => s.code === code);
  if (!state) {
    throw new Error(`Case type ${definition.type} has no state ${code}`);
  }
  return state;
}
