/** `sync-credential --site CODE [--days N]`: issues a site credential from the command line (as the system). */
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { sites } from '../../platform/auth/tables';
import { systemContext } from '../../platform/context';
import type { Db } from '../../platform/db/client';
import { issueSiteCredential } from './credentials';

/** Issues a credential for the BCP with the code given; answers the settings an edge needs. */
export async function issueCredentialFromCli(db: Db, args: string[]): Promise<string> {
  const { values } = parseArgs({ args, options: { site: { type: 'string' }, days: { type: 'string', default: '365' } } });
  if (!values.site) {
    throw new Error('sync-credential needs --site CODE (the BCP\'s site code, e.g. bcp-nadlac)');
  }
  const [site] = await db.select({ id: sites.id }).from(sites).where(eq(sites.code, values.site));
  if (!site) {
    throw new Error(`No site with the code "${values.site}"`);
  }
  const issued = await issueSiteCredential(systemContext(db, 'sync-credential'), site.id, Number.parseInt(values.days, 10) || 365);
  return [
    `Site credential for ${issued.siteCode} (expires ${issued.expiresAt}); shown once, keep it secret:`,
    `SYNC_MODE=edge`,
    `SYNC_SITE_ID=${issued.siteId}`,
    `SYNC_CREDENTIAL=${issued.credential}`,
  ].join('\n');
}
