/** Where the e2e servers listen (see playwright.config.ts). */
export const ROOT_PORT = Number(process.env.E2E_ROOT_PORT ?? 4410);
export const HOC_PORT = Number(process.env.E2E_HOC_PORT ?? 4411);
/** The built folders under test (the root build and the `BASE_PATH=/hoc/` build). */
export const ROOT_DIST = process.env.E2E_DIST ?? 'dist';
export const HOC_DIST = process.env.E2E_DIST_HOC ?? 'dist-hoc';
/** A plain-HTTP intranet hostname (not a secure context), mapped to loopback by Chromium. */
export const SCHOOL = `http://school.test:${ROOT_PORT}`;
export const SCHOOL_HOC = `http://school.test:${HOC_PORT}/hoc/`;
/** The same root site on localhost, which browsers treat as a secure context. */
export const LOCALHOST = `http://localhost:${ROOT_PORT}`;
