/**
 * Exercise persons seen from other modules' figures: persons registered in a mass-influx exercise
 * (`persons.exercise`) must never count in real indicators. The condition is the registry's to write,
 * so a module counting rows that refer to persons asks for it here instead of reading `persons`.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { persons } from './tables';

/** True for rows whose person (in `personColumn`) was not registered in an exercise. */
export function realPersonCondition(personColumn: SQLWrapper): SQL {
  return sql`not exists (select 1 from ${persons} where ${persons.id} = ${personColumn} and ${persons.exercise})`;
}
