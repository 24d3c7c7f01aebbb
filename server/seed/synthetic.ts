import type { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.service.js';
import { GIVEN, SURNAMES } from './names.js';

export interface SyntheticOptions {
  cadres: number;
  /** Code prefix, so several synthetic provinces can live side by side. */
  code?: string;
}

/**
 * A large synthetic province for benchmarks, written in a handful of
 * set-based statements (generate_series), never a loop of inserts:
 * cities of the three types with eight counties each, forty departments, and
 * `cadres` cadres spread over them with realistic posts and ranks.
 */
export async function seedSynthetic(m: EntityManager, options: SyntheticOptions): Promise<{ organisations: number; cadres: number; rootId: string }> {
  const code = options.code ?? `SYN${Date.now().toString(36).toUpperCase()}`;
  const cities = Math.max(3, Math.round(options.cadres / 7_000));
  const [root] = (await m.query(
    `INSERT INTO organisation (id, code, name, kind, category, path, depth)
     SELECT id, $1, $2, 'PROVINCE', 'PROVINCE_GENERAL', '/' || id || '/', 0 FROM (SELECT gen_random_uuid() AS id) g RETURNING id, path`,
    [code, `合成省 ${code}`],
  )) as Array<{ id: string; path: string }>;
  await m.query(
    `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth)
     SELECT id, $1, $2 || '-C' || n, '合成市' || n, 'CITY',
            (ARRAY['CITY_STRONG_ECONOMY','CITY_RURAL_REVITALISATION','CITY_ETHNIC_REGION'])[1 + n % 3], $3 || id || '/', 1
       FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, $4::int) n) g`,
    [root!.id, code, root!.path, cities],
  );
  await m.query(
    `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth, restricted_development)
     SELECT id, parent_id, code || '-K' || k, name || '合成县' || k, 'COUNTY',
            (ARRAY['COUNTY_DISTRICT','COUNTY_RURAL_REVITALISATION','COUNTY_ECOLOGICAL_PROTECTION'])[1 + k % 3], path || id || '/', 2, k % 3 = 2
       FROM (SELECT gen_random_uuid() AS id, c.id AS parent_id, c.code, c.name, c.path, k
               FROM organisation c CROSS JOIN generate_series(1, 8) k WHERE c.parent_id = $1) g`,
    [root!.id],
  );
  await m.query(
    `INSERT INTO organisation (id, parent_id, code, name, kind, category, path, depth)
     SELECT id, $1, $2 || '-D' || n, '合成厅局' || n, 'DEPARTMENT',
            (ARRAY['DEPT_PARTY_POLITICAL','DEPT_ECONOMIC','DEPT_SOCIAL_DEVELOPMENT','DEPT_LAW_ENFORCEMENT_SUPERVISION','DEPT_OTHER'])[1 + n % 5], $3 || id || '/', 1
       FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, 40) n) g`,
    [root!.id, code, root!.path],
  );
  const [{ n: organisations }] = (await m.query(`SELECT count(*)::int AS n FROM organisation WHERE path LIKE $1`, [`${root!.path}%`])) as [{ n: number }];
  await m.query(
    // Units numbered by their codes (stable), not their paths (random ids): the same sizes give every unit the same cadres on every run.
    `WITH units AS (
       SELECT id, kind, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS total
         FROM organisation WHERE path LIKE $1 AND kind <> 'PROVINCE'
     )
     INSERT INTO cadre (organisation_id, person_no, name, gender, birth_date, post, rank_level, position_type, took_post_on)
     SELECT u.id,
            $2 || lpad(g::text, 7, '0'),
            ($3::text[])[(1 + (g * 7919) % cardinality($3::text[]))::int] || ($4::text[])[(1 + (g * 104729) % cardinality($4::text[]))::int]
              || CASE WHEN g % 5 < 3 THEN ($4::text[])[(1 + (g * 1299709) % cardinality($4::text[]))::int] ELSE '' END,
            CASE WHEN g % 10 < 3 THEN 'FEMALE' ELSE 'MALE' END,
            date '1965-01-01' + ((g * 37) % 7000)::int,
            CASE WHEN slot = 0 THEN '主要负责人' WHEN slot < 6 THEN '副职领导' ELSE '内设机构负责人' END,
            CASE WHEN u.kind = 'COUNTY' THEN (CASE WHEN slot = 0 THEN 'DIVISION_PRINCIPAL' WHEN slot < 6 THEN 'DIVISION_DEPUTY' ELSE 'SECTION_PRINCIPAL' END)
                 ELSE (CASE WHEN slot = 0 THEN 'BUREAU_PRINCIPAL' WHEN slot < 6 THEN 'BUREAU_DEPUTY' ELSE 'DIVISION_PRINCIPAL' END) END,
            CASE WHEN slot = 0 OR slot >= 6 THEN 'PRINCIPAL' ELSE 'DEPUTY' END,
            date '2018-01-01' + ((g * 13) % 2500)::int
       FROM generate_series(1, $5::bigint) g
       CROSS JOIN LATERAL (SELECT (g - 1) / (SELECT max(total) FROM units) AS slot, (g - 1) % (SELECT max(total) FROM units) AS unit) s
       -- An equi-join on the unit's number (hashed): comparing every cadre with every unit took minutes at 1,000,000 cadres.
       JOIN units u ON u.i = s.unit`,
    [`${root!.path}%`, `${code}-`, SURNAMES, GIVEN, options.cadres],
  );
  return { organisations, cadres: options.cadres, rootId: root!.id };
}

/**
 * Makes a synthetic province reachable by the demo roles: every demo account
 * whose jurisdiction is the demo province's root (青禾省: orgadmin, assessor,
 * committee, discipline, hr, hr.verifier, auditor, sysadmin) gets the same
 * role over the synthetic root as a second grant; the city and county
 * accounts (orgadmin.taining, orgadmin.hefeng, rater, cadre) keep only their
 * own city or county. Recorded as one DEMO_DATA_SEEDED audit entry. Without
 * the demo data (SEED_DEMO=0) it grants nothing.
 */
export async function grantDemoRoles(m: EntityManager, rootId: string): Promise<{ grants: number; usernames: string[] }> {
  const granted: Array<{ username: string }> = await m.query(
    `INSERT INTO role_assignment (user_id, role, organisation_id)
     SELECT ra.user_id, ra.role, $1::uuid
       FROM role_assignment ra JOIN organisation o ON o.id = ra.organisation_id JOIN user_account u ON u.id = ra.user_id
      WHERE o.code = 'QH' AND o.parent_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM role_assignment x WHERE x.user_id = ra.user_id AND x.role = ra.role AND x.organisation_id = $1::uuid)
     RETURNING (SELECT username FROM user_account WHERE id = user_id) AS username`,
    [rootId],
  );
  const usernames = granted.map((g) => g.username).sort();
  await appendAudit(m, {
    entityType: 'system',
    entityId: 'seed',
    action: 'DEMO_DATA_SEEDED',
    actorUserId: null,
    actorRole: null,
    scopePath: null,
    payload: { syntheticProvince: rootId, grantedTo: usernames },
  });
  return { grants: granted.length, usernames };
}
