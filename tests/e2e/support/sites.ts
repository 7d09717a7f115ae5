/** Where the e2e servers listen (see playwright.config.ts). */
export const ROOT_PORT = 4410;
export const HOC_PORT = 4411;
/** A plain-HTTP intranet hostname (not a secure context), mapped to loopback by Chromium. */
export const SCHOOL = `http://school.test:${ROOT_PORT}`;
export const SCHOOL_HOC = `http://school.test:${HOC_PORT}/hoc/`;
/** The same root site on localhost, which browsers treat as a secure context. */
export const LOCALHOST = `http://localhost:${ROOT_PORT}`;
