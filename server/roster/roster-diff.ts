import type { EntityManager } from 'typeorm';

/**
 * What applying a staged roster would change, computed against the database
 * and kept in roster_import_difference: per organisation (in memory, they are
 * few), per cadre and per status fact (set-based, one INSERT … SELECT each).
 * A record the file leaves as it is gives no row, so a re-imported file, or
 * an export imported back, shows no difference.
 */
export interface DifferenceCounts {
  ADDED: number;
  CHANGED: number;
  MOVED: number;
  RETIRED: number;
}

interface Change {
  field: string;
  old: string | null;
  new: string | null;
}

export async function computeDifferences(manager: EntityManager, importId: string, retireMissing: boolean): Promise<DifferenceCounts> {
  let seq = 0;
  const orgRows: Array<{
    line: number; code: string; name: string; parent_code: string | null; kind: string; category: string; restricted_development: boolean; retired_on: string | null;
    exists: boolean; old_name: string | null; old_parent: string | null; old_kind: string | null; old_category: string | null; old_restricted: boolean | null; old_retired: string | null;
  }> = await manager.query(
    `SELECT f.line, f.code, f.name, f.parent_code, f.kind, f.category, f.restricted_development, f.retired_on::text,
            o.id IS NOT NULL AS exists, o.name AS old_name, p.code AS old_parent, o.kind AS old_kind, o.category AS old_category,
            o.restricted_development AS old_restricted, o.retired_on::text AS old_retired
       FROM roster_import_organisation f LEFT JOIN organisation o ON o.code = f.code LEFT JOIN organisation p ON p.id = o.parent_id
      WHERE f.import_id = $1 ORDER BY f.line`,
    [importId],
  );
  const diffs: Array<[number, string, string, string, string, number | null, string]> = [];
  for (const o of orgRows) {
    if (!o.exists) {
      diffs.push([++seq, 'ORGANISATION', 'ADDED', o.code, o.name, o.line, '[]']);
      continue;
    }
    const changes: Change[] = [
      { field: 'name', old: o.old_name, new: o.name },
      { field: 'parent', old: o.old_parent, new: o.parent_code },
      { field: 'kind', old: o.old_kind, new: o.kind },
      { field: 'category', old: o.old_category, new: o.category },
      { field: 'restrictedDevelopment', old: String(o.old_restricted), new: String(o.restricted_development) },
      { field: 'retiredOn', old: o.old_retired, new: o.retired_on },
    ].filter((c) => c.old !== c.new);
    if (changes.length === 0) continue;
    const kind = o.old_retired === null && o.retired_on !== null ? 'RETIRED' : changes.some((c) => c.field === 'parent') ? 'MOVED' : 'CHANGED';
    diffs.push([++seq, 'ORGANISATION', kind, o.code, o.name, o.line, JSON.stringify(changes)]);
  }
  if (diffs.length > 0) {
    const col = (i: number) => diffs.map((d) => d[i]);
    await manager.query(
      `INSERT INTO roster_import_difference (import_id, seq, entity, kind, code, name, line, changes)
       SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::jsonb[])`,
      [importId, col(0), col(1), col(2), col(3), col(4), col(5), col(6)],
    );
  }

  await manager.query(
    `WITH f AS (
       SELECT s.*, u.id AS unit_id FROM roster_import_cadre s LEFT JOIN organisation u ON u.code = s.unit_code WHERE s.import_id = $1
     ), d AS (
       SELECT f.line, f.person_no, f.name, c.id AS cadre_id, c.employment_status AS old_status, f.employment_status AS new_status,
              CASE WHEN c.id IS NULL THEN '[]'::jsonb ELSE (
                SELECT coalesce(jsonb_agg(jsonb_build_object('field', x.field, 'old', x.old, 'new', x.new) ORDER BY x.ord), '[]'::jsonb)
                  FROM (VALUES
                    (1, 'name', c.name, f.name),
                    (2, 'gender', c.gender, f.gender),
                    (3, 'birthDate', c.birth_date::text, f.birth_date::text),
                    (4, 'unit', cu.code, f.unit_code),
                    (5, 'post', c.post, f.post),
                    (6, 'rankLevel', c.rank_level, f.rank_level),
                    (7, 'positionType', c.position_type, f.position_type),
                    (8, 'population', c.population, f.population),
                    (9, 'teamMember', c.team_member::text, f.team_member::text),
                    (10, 'managingUnit', cm.code,
                      CASE WHEN f.managing_code IS NOT NULL THEN f.managing_code
                           WHEN f.unit_id IS NOT NULL AND (f.unit_id <> c.organisation_id OR f.rank_level <> c.rank_level)
                             THEN (SELECT code FROM organisation WHERE id = default_managing_organisation(f.unit_id, f.rank_level))
                           ELSE cm.code END),
                    (11, 'tookPostOn', c.took_post_on::text, f.took_post_on::text),
                    (12, 'employmentStatus', c.employment_status, f.employment_status)
                  ) x(ord, field, old, new)
                 WHERE x.old IS DISTINCT FROM x.new) END AS changes
         FROM f LEFT JOIN cadre c ON c.person_no = f.person_no
         LEFT JOIN organisation cu ON cu.id = c.organisation_id
         LEFT JOIN organisation cm ON cm.id = c.managing_organisation_id
     )
     INSERT INTO roster_import_difference (import_id, seq, entity, kind, code, name, line, changes)
     SELECT $1, $2 + row_number() OVER (ORDER BY line), 'CADRE',
            CASE WHEN cadre_id IS NULL THEN 'ADDED'
                 WHEN old_status = 'SERVING' AND new_status <> 'SERVING' THEN 'RETIRED'
                 WHEN changes @> '[{"field": "unit"}]' THEN 'MOVED'
                 ELSE 'CHANGED' END,
            person_no, name, line, changes
       FROM d WHERE cadre_id IS NULL OR changes <> '[]'::jsonb`,
    [importId, seq],
  );
  seq = await maxSeq(manager, importId);

  if (retireMissing) {
    await manager.query(
      `INSERT INTO roster_import_difference (import_id, seq, entity, kind, code, name, line, changes)
       SELECT $1, $2 + row_number() OVER (ORDER BY c.person_no), 'CADRE', 'RETIRED', c.person_no, c.name, NULL,
              jsonb_build_array(jsonb_build_object('field', 'employmentStatus', 'old', c.employment_status, 'new', 'LEFT'))
         FROM cadre c JOIN organisation o ON o.id = c.organisation_id
        WHERE c.employment_status = 'SERVING'
          AND o.code IN (SELECT code FROM roster_import_organisation WHERE import_id = $1 UNION SELECT unit_code FROM roster_import_cadre WHERE import_id = $1)
          AND NOT EXISTS (SELECT 1 FROM roster_import_cadre s WHERE s.import_id = $1 AND s.person_no = c.person_no)`,
      [importId, seq],
    );
    seq = await maxSeq(manager, importId);
  }

  await manager.query(
    `INSERT INTO roster_import_difference (import_id, seq, entity, kind, code, name, line, changes)
     SELECT $1, $2 + row_number() OVER (ORDER BY s.line), 'STATUS', CASE WHEN p.id IS NULL THEN 'ADDED' ELSE 'CHANGED' END,
            s.person_no, coalesce(fc.name, c.name, ''), s.line,
            CASE WHEN p.id IS NULL THEN jsonb_build_array(
                   jsonb_build_object('field', 'statusKind', 'old', NULL, 'new', s.kind),
                   jsonb_build_object('field', 'startsOn', 'old', NULL, 'new', s.starts_on::text),
                   jsonb_build_object('field', 'endsOn', 'old', NULL, 'new', s.ends_on::text))
                 ELSE (SELECT coalesce(jsonb_agg(jsonb_build_object('field', x.field, 'old', x.old, 'new', x.new)), '[]'::jsonb)
                         FROM (VALUES ('endsOn', p.ends_on::text, s.ends_on::text), ('note', p.note, s.note)) x(field, old, new)
                        WHERE x.old IS DISTINCT FROM x.new) END
       FROM roster_import_status s
       LEFT JOIN cadre c ON c.person_no = s.person_no
       LEFT JOIN roster_import_cadre fc ON fc.import_id = s.import_id AND fc.person_no = s.person_no
       LEFT JOIN LATERAL (SELECT p.id, p.ends_on, p.note FROM cadre_status_period p WHERE p.cadre_id = c.id AND p.kind = s.kind AND p.starts_on = s.starts_on ORDER BY p.created_at LIMIT 1) p ON true
      WHERE s.import_id = $1
        AND (p.id IS NULL OR p.ends_on IS DISTINCT FROM s.ends_on OR p.note IS DISTINCT FROM s.note)`,
    [importId, seq],
  );

  const counts: Array<{ kind: keyof DifferenceCounts; n: number }> = await manager.query(
    `SELECT kind, count(*)::int AS n FROM roster_import_difference WHERE import_id = $1 GROUP BY kind`,
    [importId],
  );
  const result: DifferenceCounts = { ADDED: 0, CHANGED: 0, MOVED: 0, RETIRED: 0 };
  for (const c of counts) result[c.kind] = c.n;
  return result;
}

async function maxSeq(manager: EntityManager, importId: string): Promise<number> {
  const rows: Array<{ n: number }> = await manager.query(`SELECT coalesce(max(seq), 0)::int AS n FROM roster_import_difference WHERE import_id = $1`, [importId]);
  return rows[0]?.n ?? 0;
}
