import type { DataSource, EntityManager } from 'typeorm';
import { checkNationalBounds } from '../../workflows/rules/national-bounds.js';
import { DEFAULT_RULE_SETTINGS, mergeSettings, validateSettings, type RuleSettings } from '../../workflows/rules/settings.js';
import { appendAudit } from '../audit/audit.service.js';
import { actingRole, assertCan, type Viewer } from '../auth/policy.js';
import { AppError, notFound, validation } from '../common/errors.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { RuleSet } from './rule-set.entity.js';

export interface EffectiveRuleSet {
  /** The version in force, or null when only the national defaults apply. */
  ruleSet: RuleSet | null;
  /** The jurisdiction whose version applies (the organisation itself or its nearest ancestor with one). */
  jurisdictionId: string | null;
  settings: RuleSettings;
}

/** Ancestor ids of a path, nearest first: '/a/b/c/' → [c, b, a]. */
const ancestorsOf = (path: string) => path.split('/').filter(Boolean).reverse();

/**
 * The settings in force for `organisation` on `day`: the newest version
 * effective on that day of the nearest jurisdiction (itself or an ancestor)
 * that has published one; otherwise the national defaults.
 */
export async function effectiveRuleSet(manager: EntityManager, organisation: Organisation, day: string): Promise<EffectiveRuleSet> {
  const ids = ancestorsOf(organisation.path);
  const rows = await manager
    .getRepository(RuleSet)
    .createQueryBuilder('r')
    .where('r.jurisdiction_id = ANY(:ids::uuid[])', { ids })
    .andWhere('r.effective_from <= :day', { day })
    .orderBy('array_position(:ids::uuid[], r.jurisdiction_id)', 'ASC')
    .addOrderBy('r.effective_from', 'DESC')
    .limit(1)
    .getMany();
  const found = rows[0] ?? null;
  // A version stored before a setting existed takes that setting's default.
  const settings = found ? (mergeSettings(DEFAULT_RULE_SETTINGS, found.settings) as RuleSettings) : DEFAULT_RULE_SETTINGS;
  return { ruleSet: found, jurisdictionId: found?.jurisdictionId ?? null, settings };
}

export class RuleSetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date,
  ) {}

  async effective(viewer: Viewer | null, organisationId: string, day: string): Promise<EffectiveRuleSet> {
    const org = await this.dataSource.getRepository(Organisation).findOneBy({ id: organisationId });
    if (!org) throw notFound('Organisation');
    assertCan(viewer, 'rule-set:read', org.path);
    return effectiveRuleSet(this.dataSource.manager, org, day);
  }

  async versions(viewer: Viewer | null, jurisdictionId: string): Promise<RuleSet[]> {
    const org = await this.dataSource.getRepository(Organisation).findOneBy({ id: jurisdictionId });
    if (!org) throw notFound('Organisation');
    assertCan(viewer, 'rule-set:read', org.path);
    return this.dataSource.getRepository(RuleSet).find({ where: { jurisdictionId }, order: { version: 'DESC' } });
  }

  /**
   * Publishes a new version for a jurisdiction: `changes` are laid over the
   * settings in force there on `effectiveFrom`, the result is validated as a
   * whole, and stored complete. Existing versions are never changed, so a cycle
   * that pinned one keeps it.
   */
  async publish(viewer: Viewer | null, jurisdictionId: string, effectiveFrom: string, changes: Record<string, unknown>, note: string): Promise<RuleSet> {
    assertCan(viewer, 'rule-set:publish');
    return this.dataSource.transaction(async (m) => {
      const org = await m.getRepository(Organisation).findOneBy({ id: jurisdictionId });
      if (!org) throw notFound('Organisation');
      assertCan(viewer, 'rule-set:publish', org.path);
      // One publisher at a time per jurisdiction: version numbers stay gapless.
      await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`rule_set:${jurisdictionId}`]);
      const base = await effectiveRuleSet(m, org, effectiveFrom);
      const checked = validateSettings(mergeSettings(base.settings, changes));
      if (!checked.ok) {
        throw validation(
          checked.errors.map((e) => ({ field: `input.settings.${e.field}`, messages: [e.message] })),
          `The settings are not valid: ${checked.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
        );
      }
      // A local rule set may tighten a national figure, never loosen it.
      const loosened = checkNationalBounds(checked.settings);
      if (loosened.length) {
        throw validation(
          loosened.map((e) => ({ field: `input.settings.${e.field}`, messages: [e.message] })),
          `The settings loosen national rules: ${loosened.map((e) => `${e.field} ${e.message}`).join('; ')}`,
        );
      }
      const [latest] = (await m.query(`SELECT coalesce(max(version), 0) AS v FROM rule_set WHERE jurisdiction_id = $1`, [jurisdictionId])) as Array<{ v: number }>;
      const clash: unknown[] = await m.query(`SELECT 1 FROM rule_set WHERE jurisdiction_id = $1 AND effective_from = $2`, [jurisdictionId, effectiveFrom]);
      if (clash.length) throw new AppError('CONFLICT', `A version effective from ${effectiveFrom} already exists; choose another date`);
      const ruleSet = await m.getRepository(RuleSet).save(
        m.getRepository(RuleSet).create({
          jurisdictionId,
          version: (latest?.v ?? 0) + 1,
          effectiveFrom,
          settings: checked.settings,
          note,
          createdBy: viewer.userId,
        }),
      );
      await appendAudit(m, {
        entityType: 'rule_set',
        entityId: jurisdictionId,
        action: 'RULE_SET_PUBLISHED',
        actorUserId: viewer.userId,
        actorRole: actingRole(viewer, 'rule-set:publish', org.path),
        scopePath: org.path,
        fromVersion: ruleSet.version - 1,
        payload: { ruleSetId: ruleSet.id, version: ruleSet.version, effectiveFrom, changes, note },
        occurredAt: this.now(),
      });
      return ruleSet;
    });
  }
}
