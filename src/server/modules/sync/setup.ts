/** Wiring of the synchronisation into the server: the side of the database, the listeners, the edge's loop. */
import type { SyncConfig } from '../../platform/config';
import type { Db } from '../../platform/db/client';
import { createEdgeSync, type EdgeSync } from './edge';
import { installSyncListeners } from './listeners';
import { setSyncSide } from './side';
import { httpTransport } from './transport';

/** Declares which side `db` is on and subscribes the listeners (the app does it when built). */
export function configureSync(db: Db, config: SyncConfig): void {
  installSyncListeners();
  setSyncSide(db, config.mode === 'edge' ? { side: 'edge', siteId: config.siteId } : { side: 'hq' });
}

/** Starts an edge's loop over HTTPS with its site credential (`serve` in edge mode). */
export function startEdgeSync(db: Db, config: Extract<SyncConfig, { mode: 'edge' }>): EdgeSync {
  const edge = createEdgeSync(db, {
    siteId: config.siteId,
    transport: httpTransport({ baseUrl: config.hqUrl, credential: config.credential }),
    intervalSeconds: config.intervalSeconds,
    batchSize: config.batchSize,
  });
  edge.start();
  return edge;
}
