import type { AnalysisReport } from '../../contract/analyse.js';
import { REPORT_IDS } from '../../domain/analyse/catalogue.js';
import type { ReportsOfPeriod } from './documents.js';
import { analysisReport } from './reports.js';

/**
 * The figures an approved version freezes: every report of the catalogue for the document's period and the
 * actor's own municipality or region, each protected by the analysis engine as the analysis page shows it.
 * A period the engine refuses (outside the data, a month the counts do not allow) refuses the approval.
 */
export const catalogueReports: ReportsOfPeriod = async (ctx, period, { rounded }) => {
  const reports: AnalysisReport[] = [];
  for (const report of REPORT_IDS) {
    const r = await analysisReport(
      ctx.db,
      { tenantId: ctx.actor.tenantId },
      { report, period, rounded },
      ctx.now,
    );
    if (!r.ok) return r;
    reports.push(r.report);
  }
  return reports;
};
