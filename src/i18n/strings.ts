/** A translation of a namespace table: exactly the source table's keys, each a string. */
export type Strings<Source extends Record<string, string>> = { readonly [Key in keyof Source]: string };
