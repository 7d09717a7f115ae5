/** The strings the /progress/ island and its sections use: the `progress.*` namespace. */
import type { NamespaceKey } from '../../i18n/index.ts';
import type { translatorFor } from '../../i18n/translate.ts';

export type ProgressKey = NamespaceKey<'progress'>;
export type ProgressStrings = Record<ProgressKey, string>;
export type ProgressTranslate = ReturnType<typeof translatorFor<ProgressKey>>;
