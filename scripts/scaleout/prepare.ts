import { createDataSource } from '../../server/db/data-source.js';
import type { LifecycleItem, RoleUser } from '../bench/lifecycle-seed.js';
import { seedLifecycle } from '../bench/lifecycle-seed.js';

export interface Prepared {
  /** A cycle whose report the mix reads. */
  cycleId: string;
  /** Bearer tokens of the role accounts (organisation department, assessment team, committee, discipline) and of the raters. */
  tokens: Record<RoleUser, string>;
  raterTokens: string[];
  /** Cadre assessments in selfReport.drafting with a complete draft and three raters invited. */
  items: LifecycleItem[];
  totalAssessments: number;
}

/**
 * Migrates the primary and seeds what the lifecycle mix drives, as
 * `bench:transitions -- --mix lifecycle` does (scripts/bench/lifecycle-seed.ts):
 * the demo data, a synthetic province of `cadres` with one annual cycle per
 * unit, planned, enrolled and opened through the services; an account and a
 * session (a row any server process accepts) for each role and each cadre,
 * three raters invited to every assessment, every draft written.
 */
export async function prepareData(primaryUrl: string, cadres: number, log: (line: string) => void): Promise<Prepared> {
  const ds = createDataSource(primaryUrl, { poolSize: 4, applicationName: 'cadre-scaleout-setup' });
  await ds.initialize();
  try {
    const seeded = await seedLifecycle(ds, cadres, 'unit', log);
    return { cycleId: seeded.cycleIds[0]!, tokens: seeded.tokens, raterTokens: seeded.raterTokens, items: seeded.items, totalAssessments: seeded.totalAssessments };
  } finally {
    await ds.destroy();
  }
}
