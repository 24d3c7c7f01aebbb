import 'reflect-metadata';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { hashPassword, hashToken, loadViewer } from '../../server/auth/auth.service.js';
import { ensureDatabase } from '../../server/db/bootstrap.js';
import { createDataSource, migrate } from '../../server/db/data-source.js';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.js';
import { writeRosterWorkbook } from '../../server/roster/roster-export.js';
import { RosterService } from '../../server/roster/roster.service.js';

/**
 * `npm run bench:roster [-- --cadres 100000]`: writes a roster workbook of a
 * synthetic province (cities, counties, townships, the cadres and a status
 * fact for every tenth), then, against a throw-away embedded PostgreSQL,
 * times each phase as the server runs it — upload (streamed read, row checks,
 * staging, whole-file checks, differences), apply (one transaction), the same
 * file again (no difference), and the export of the whole jurisdiction —
 * with the process's peak resident memory in each. Measures; never fails on
 * a missed target.
 */
const { values } = parseArgs({ options: { cadres: { type: 'string', default: '100000' } } });
const CADRES = Number(values.cadres);
const log = (line: string) => console.log(line);

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
async function phase<T>(name: string, run: () => Promise<T>, describe: (r: T) => string = () => ''): Promise<T> {
  global.gc?.();
  peakRss = process.memoryUsage().rss;
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  log(`${name.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(7)} s   peak RSS ${(peakRss / 2 ** 20).toFixed(0).padStart(5)} MB   ${describe(result)}`);
  return result;
}

/** The synthetic roster: 10 cities of 10 counties of 10 townships under the existing root BENCH, cadres spread over them. */
async function writeFile(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const units: string[] = [];
  const orgs = workbook.addWorksheet('单位');
  orgs.addRow(['单位代码', '单位名称', '上级单位代码', '单位类型', '单位类别', '限制开发区', '撤销日期']).commit();
  for (let c = 1; c <= 10; c++) {
    const city = `BENCH-C${c}`;
    orgs.addRow([city, `合成市${c}`, 'BENCH', '市（州）', '经济强市类', '否', '']).commit();
    units.push(city);
    for (let k = 1; k <= 10; k++) {
      const county = `${city}-K${k}`;
      orgs.addRow([county, `合成县${c}-${k}`, city, '县（市、区）', '乡村振兴类县', k % 3 === 0 ? '是' : '否', '']).commit();
      units.push(county);
      for (let s = 1; s <= 10; s++) {
        const town = `${county}-T${s}`;
        orgs.addRow([town, `合成镇${c}-${k}-${s}`, county, '乡镇（街道）', '未分类', '否', '']).commit();
        units.push(town);
      }
    }
  }
  orgs.commit();
  const ranks = ['县处级正职', '县处级副职', '乡科级正职', '乡科级副职'];
  const cadres = workbook.addWorksheet('干部');
  cadres.addRow(['干部编号', '姓名', '性别', '出生年月', '所在单位代码', '职务', '职级', '正职/副职', '人员类别', '领导班子成员', '管理权限单位代码', '任职时间', '在职状态']).commit();
  for (let i = 0; i < CADRES; i++) {
    const rank = ranks[i % 4]!;
    cadres
      .addRow([`BN${String(i).padStart(7, '0')}`, `干部${i}`, i % 2 ? '女' : '男', `${1965 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}`, units[i % units.length]!, rank.endsWith('正职') ? '主要负责人' : '副职领导', rank, rank.endsWith('正职') ? '正职' : '副职', '领导干部', '是', '', '2023-01-01', '在职'])
      .commit();
  }
  cadres.commit();
  const statuses = workbook.addWorksheet('状态信息');
  statuses.addRow(['干部编号', '状态', '开始日期', '结束日期', '备注']).commit();
  for (let i = 0; i < CADRES; i += 10) statuses.addRow([`BN${String(i).padStart(7, '0')}`, '病假', '2025-03-01', '2025-03-20', '']).commit();
  statuses.commit();
  await workbook.commit();
}

const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cadre-bench-roster-'));
const pg = await startEmbeddedPostgres(path.join(dir, 'pg'));
try {
  await ensureDatabase(pg.url('postgres'), 'bench');
  const ds = createDataSource(pg.url('bench'), { poolSize: 4 });
  await ds.initialize();
  await migrate(ds);
  const [root] = (await ds.query(
    `INSERT INTO organisation (id, code, name, kind, category, path, depth) SELECT id, 'BENCH', '合成省', 'PROVINCE', 'PROVINCE_GENERAL', '/' || id || '/', 0 FROM (SELECT gen_random_uuid() AS id) g RETURNING id`,
  )) as Array<{ id: string }>;
  const [user] = (await ds.query(`INSERT INTO user_account (username, display_name, password_hash) VALUES ('bench', 'bench', $1) RETURNING id`, [await hashPassword('bench-password')])) as Array<{ id: string }>;
  await ds.query(`INSERT INTO role_assignment (user_id, role, organisation_id) VALUES ($1, 'ORG_ADMIN', $2)`, [user!.id, root!.id]);
  await ds.query(`INSERT INTO auth_session (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [hashToken('bench'), user!.id]);
  const viewer = (await loadViewer(ds.manager, { tokenHash: hashToken('bench'), now: new Date() }))!;
  const roster = new RosterService(ds, () => new Date('2026-03-01T09:00:00+08:00'));

  const file = path.join(dir, 'roster.xlsx');
  await phase('write the file', () => writeFile(file), () => `${CADRES.toLocaleString()} cadres, ${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB`);
  const first = await phase('upload + check + preview', () => roster.upload(viewer, 'roster.xlsx', file, false), (r) => `${r.status}: ${r.added.toLocaleString()} added, ${r.errorCount} errors`);
  await phase('apply', () => roster.apply(viewer, first.id, first.version), (r) => r.status);
  const again = await phase('same file again (preview)', () => roster.upload(viewer, 'roster.xlsx', file, false), (r) => `${r.status}: ${r.added + r.changed + r.moved + r.retired} differences`);
  await phase('same file again (apply)', () => roster.apply(viewer, again.id, again.version), (r) => r.status);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      bytes += chunk.length;
      done();
    },
  });
  await phase('export the jurisdiction', () => writeRosterWorkbook(sink, { dataSource: ds, prefix: `/${root!.id}/` }), () => `${(bytes / 2 ** 20).toFixed(1)} MB`);
  await ds.destroy();
} finally {
  clearInterval(sampler);
  await pg.stop();
  await fsp.rm(dir, { recursive: true, force: true });
}
