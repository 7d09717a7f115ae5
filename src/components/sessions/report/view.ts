/** One session as the editor and the results both show it: the report and what the page computed from it. */
import type { ReportTest } from '../../../data/sessions.ts';
import type { SessionAudience } from '../../../lib/sessions/audience.ts';
import type { compareTests, headcountSummary } from '../../../lib/sessions/report.ts';
import type { SessionReport as Report } from '../../../lib/sessions/schema.ts';

export interface SessionView {
  report: Report;
  audience: SessionAudience;
  pre: ReportTest | null;
  post: ReportTest | null;
  headcount: ReturnType<typeof headcountSummary>;
  comparison: ReturnType<typeof compareTests>;
  /** The day held, as the page prints it. */
  dateText: string;
}
