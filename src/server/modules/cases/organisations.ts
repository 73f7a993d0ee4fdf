/** The organisations a case can be referred to or involve. */
import { requirePermission } from '../../platform/access/policy';
import { actorOrganisationId, type Ctx } from '../../platform/context';
import * as store from './store';

/** Every other organisation, by name. */
export async function otherOrganisations(ctx: Ctx) {
  requirePermission(ctx, 'cases.write');
  return { organisations: await store.selectOtherOrganisations(ctx.db, actorOrganisationId(ctx.actor)) };
}
