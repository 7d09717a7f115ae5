/** The strings the session report island and its sections use: the `report.*` namespace, typed by key. */
import type { NamespaceKey } from '../../../i18n/index.ts';
import type { translatorFor } from '../../../i18n/translate.ts';

export type ReportKey = NamespaceKey<'report'>;
export type ReportStrings = Record<ReportKey, string>;
export type ReportTranslate = ReturnType<typeof translatorFor<ReportKey>>;
