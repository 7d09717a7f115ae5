/** The strings the /reports/ island and its sections use: the `reports.*` namespace. */
import type { NamespaceKey } from '../../i18n/index.ts';
import type { translatorFor } from '../../i18n/translate.ts';

export type ReportsKey = NamespaceKey<'reports'>;
export type ReportsStrings = Record<ReportsKey, string>;
export type ReportsTranslate = ReturnType<typeof translatorFor<ReportsKey>>;
