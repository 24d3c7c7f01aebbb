import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * Applying a staged, checked roster inside the caller's transaction, which
 * holds the roster tables locked: organisations first (parents before
 * children; a moved unit's subtree re-pathed in one UPDATE), then cadres and
 * status facts set-based from the staging tables, then the cadres the
 * preview marked as missing from the file.
 */
export interface AppliedCounts {
  organisations: number;
  cadresAdded: number;
  cadresUpdated: number;
  cadresLeft: number;
  statusesAdded: number;
  statusesUpdated: number;
}

interface OrgNode {
  id: string;
  path: string;
  depth: number;
}

async function applyOrganisations(manager: EntityManager, importId: string): Promise<number> {
  const file: Array<{ code: string; name: string; parent_code: string | null; kind: string; category: string; restricted_development: boolean; retired_on: string | null }> =
    await manager.query(
      `SELECT f.code, f.name, f.parent_code, f.kind, f.category, f.restricted_development, f.retired_on::text
         FROM roster_import_organisation f
        WHERE f.import_id = $1 AND EXISTS (SELECT 1 FROM roster_import_difference d WHERE d.import_id = $1 AND d.entity = 'ORGANISATION' AND d.code = f.code)`,
      [importId],
    );
  if (file.length === 0) return 0;
  const db: Array<{ id: string; code: string; path: string; depth: number; parent_id: string | null }> = await manager.query(
    `SELECT id, code, path, depth, parent_id FROM organisation WHERE code = ANY ($1::text[]) OR code = ANY ($2::text[])`,
    [file.map((f) => f.code), file.map((f) => f.parent_code).filter((c): c is string => c !== null)],
  );
  const nodes = new Map<string, OrgNode & { parentId: string | null }>(db.map((o) => [o.code, { id: o.id, path: o.path, depth: o.depth, parentId: o.parent_id }]));
  const pending = new Map(file.map((f) => [f.code, f]));
  const done = new Set<string>();
  // Parents first: a unit waits while its parent is still to be written in this file.
  while (pending.size > 0) {
    const ready = [...pending.values()].filter((f) => f.parent_code === null || !pending.has(f.parent_code) || done.has(f.parent_code));
    if (ready.length === 0) throw new Error('roster import: the organisations form a cycle, which the checks should have refused');
    for (const f of ready) {
      pending.delete(f.code);
      done.add(f.code);
      const parent = f.parent_code ? nodes.get(f.parent_code) ?? null : null;
      const existing = nodes.get(f.code);
      if (!existing) {
        const id = randomUUID();
        const path = `${parent?.path ?? '/'}${id}/`;
        const depth = parent ? parent.depth + 1 : 0;
        await manager.query(
          `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth, restricted_development, retired_on) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
          [id, parent?.id ?? null, f.code, f.name, f.kind, f.category, path, depth, f.restricted_development, f.retired_on],
        );
        nodes.set(f.code, { id, path, depth, parentId: parent?.id ?? null });
        continue;
      }
      await manager.query(
        `UPDATE organisation SET name = $2, kind = $3, category = $4, restricted_development = $5, retired_on = $6, version = version + 1 WHERE id = $1`,
        [existing.id, f.name, f.kind, f.category, f.restricted_development, f.retired_on],
      );
      if ((parent?.id ?? null) !== existing.parentId) {
        const path = `${parent?.path ?? '/'}${existing.id}/`;
        const depth = parent ? parent.depth + 1 : 0;
        await manager.query(`UPDATE organisation SET parent_id = $2 WHERE id = $1`, [existing.id, parent?.id ?? null]);
        await manager.query(
          `UPDATE organisation SET path = $2 || substr(path, length($1) + 1), depth = depth + $3 WHERE path LIKE $1 || '%'`,
          [existing.path, path, depth - existing.depth],
        );
        for (const node of nodes.values()) {
          if (node.path.startsWith(existing.path)) {
            node.depth += depth - existing.depth;
            node.path = path + node.path.slice(existing.path.length);
          }
        }
        existing.parentId = parent?.id ?? null;
      }
    }
  }
  return file.length;
}

export async function applyRoster(manager: EntityManager, importId: string, userId: string, today: string): Promise<AppliedCounts> {
  const organisations = await applyOrganisations(manager, importId);
  const count = async (sql: string, params: unknown[]) => {
    const rows: Array<{ n: number }> = await manager.query(`WITH w AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM w`, params);
    return rows[0]?.n ?? 0;
  };
  // The default managing jurisdiction once per unit and rank, not once per cadre (the insert trigger's way).
  const cadresAdded = await count(
    `WITH added AS (
       SELECT s.*, u.id AS unit_id FROM roster_import_cadre s JOIN organisation u ON u.code = s.unit_code
        WHERE s.import_id = $1 AND NOT EXISTS (SELECT 1 FROM cadre c WHERE c.person_no = s.person_no)
     ), defaults AS (
       SELECT unit_id, rank_level, default_managing_organisation(unit_id, rank_level) AS managing_id FROM (SELECT DISTINCT unit_id, rank_level FROM added) p
     )
     INSERT INTO cadre (organisation_id, managing_organisation_id, person_no, name, gender, birth_date, post, rank_level, position_type, population, took_post_on, team_member, employment_status, employment_status_since)
     SELECT s.unit_id, coalesce(m.id, d.managing_id), s.person_no, s.name, s.gender, s.birth_date, s.post, s.rank_level, s.position_type, s.population, s.took_post_on, s.team_member, s.employment_status,
            CASE WHEN s.employment_status <> 'SERVING' THEN $2::date END
       FROM added s JOIN defaults d ON d.unit_id = s.unit_id AND d.rank_level = s.rank_level LEFT JOIN organisation m ON m.code = s.managing_code`,
    [importId, today],
  );
  const cadresUpdated = await count(
    `UPDATE cadre c SET
        managing_organisation_id = CASE WHEN m.id IS NOT NULL THEN m.id
                                        WHEN c.organisation_id <> u.id OR c.rank_level <> s.rank_level THEN default_managing_organisation(u.id, s.rank_level)
                                        ELSE c.managing_organisation_id END,
        organisation_id = u.id, name = s.name, gender = s.gender, birth_date = s.birth_date, post = s.post, rank_level = s.rank_level,
        position_type = s.position_type, population = s.population, took_post_on = s.took_post_on, team_member = s.team_member,
        employment_status_since = CASE WHEN c.employment_status <> s.employment_status THEN $2::date ELSE c.employment_status_since END,
        employment_status = s.employment_status, version = c.version + 1, updated_at = now()
       FROM roster_import_cadre s JOIN organisation u ON u.code = s.unit_code LEFT JOIN organisation m ON m.code = s.managing_code
      WHERE s.import_id = $1 AND c.person_no = s.person_no
        AND EXISTS (SELECT 1 FROM roster_import_difference d WHERE d.import_id = $1 AND d.entity = 'CADRE' AND d.line = s.line AND d.kind <> 'ADDED')`,
    [importId, today],
  );
  const cadresLeft = await count(
    `UPDATE cadre c SET employment_status = 'LEFT', employment_status_since = $2::date, version = c.version + 1, updated_at = now()
       FROM roster_import_difference d
      WHERE d.import_id = $1 AND d.entity = 'CADRE' AND d.kind = 'RETIRED' AND d.line IS NULL AND c.person_no = d.code AND c.employment_status = 'SERVING'`,
    [importId, today],
  );
  const statusesAdded = await count(
    `INSERT INTO cadre_status_period (cadre_id, kind, starts_on, ends_on, note, recorded_by)
     SELECT c.id, s.kind, s.starts_on, s.ends_on, s.note, $2
       FROM roster_import_status s JOIN cadre c ON c.person_no = s.person_no
       JOIN roster_import_difference d ON d.import_id = s.import_id AND d.entity = 'STATUS' AND d.line = s.line AND d.kind = 'ADDED'
      WHERE s.import_id = $1`,
    [importId, userId],
  );
  const statusesUpdated = await count(
    `UPDATE cadre_status_period p SET ends_on = s.ends_on, note = s.note
       FROM roster_import_status s JOIN cadre c ON c.person_no = s.person_no
       JOIN roster_import_difference d ON d.import_id = s.import_id AND d.entity = 'STATUS' AND d.line = s.line AND d.kind = 'CHANGED'
      WHERE s.import_id = $1 AND p.cadre_id = c.id AND p.kind = s.kind AND p.starts_on = s.starts_on`,
    [importId],
  );
  return { organisations, cadresAdded, cadresUpdated, cadresLeft, statusesAdded, statusesUpdated };
}
