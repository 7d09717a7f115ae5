/**
 * The browser side of the class view (see browser-store.ts): one class store per page and a
 * change feed for other tabs. The class island uses this, never localStorage directly.
 */
import { CLASSES_KEY, createClassStore } from '../lib/class/store.ts';
import { browserRecordStore, randomBytes } from './browser-store.ts';

const classes = browserRecordStore(CLASSES_KEY, (storages) => createClassStore({ ...storages, randomBytes }));

export const classStore = classes.get;
export const onClassesChange = classes.onChange;
