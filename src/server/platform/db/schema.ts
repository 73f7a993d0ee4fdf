/** Every table of the application, for Drizzle and drizzle-kit. Modules add their `tables.ts` here. */
export * from '../auth/tables';
export * from '../audit/tables';
export * from '../http/tables';
export * from '../http/usage-tables';
export * from '../jobs/tables';
export * from '../../modules/people/tables';
export * from '../../modules/border/tables';
export * from '../../modules/documents/tables';
export * from '../../modules/knowledge/tables';
export * from '../../modules/training/tables';
export * from '../../modules/interpreters/tables';
export * from '../../modules/reception/tables';
export * from '../../modules/cases/tables';
export * from '../../modules/asylum/tables';
export * from '../../modules/privacy/tables';
export * from '../../modules/sync/tables';
