/** The strings the /class/ island and its sections use: the `class.*` namespace, typed by key. */
import type { NamespaceKey } from '../../i18n/index.ts';
import type { translatorFor } from '../../i18n/translate.ts';

export type ClassKey = NamespaceKey<'class'>;
export type ClassStrings = Record<ClassKey, string>;
export type ClassTranslate = ReturnType<typeof translatorFor<ClassKey>>;
