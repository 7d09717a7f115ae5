/**
 * The browser side of the programme roll-up (see browser-store.ts): one store per page and a
 * change feed for other tabs. The roll-up island uses this, never localStorage directly.
 */
import { createRollupStore, ROLLUP_KEY } from '../lib/reports/store.ts';
import { browserRecordStore } from './browser-store.ts';

const rollup = browserRecordStore(ROLLUP_KEY, (storages) => createRollupStore(storages));

export const rollupStore = rollup.get;
export const onRollupChange = rollup.onChange;
