/** One evaluation suite run by `npm run eval`: a titled table of measured figures. */
export interface EvalReport {
  title: string;
  /** Column order is taken from the first row. */
  rows: Array<Record<string, string | number>>;
  notes?: string[];
}

/** A suite may print several tables (their columns differ). */
export type EvalSuite = () => Promise<EvalReport | EvalReport[]>;
