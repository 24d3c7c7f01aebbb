import type { Profiler, Runtime } from 'node:inspector';

/**
 * A V8 CPU profile of the server, boiled down to where the time goes:
 * self time per function and per area (a package, a Node subsystem, a folder
 * of this project), and inclusive time per area (time with that area anywhere
 * on the stack: "GraphQL pipeline", "TypeORM", …).
 */

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  /** Self time, with native and Node-internal frames charged to the nearest package or app frame above them, grouped into layers. */
  byLayer: Array<{ area: string; ms: number }>;
  /** The same, per package / app folder. */
  chargedByArea: Array<{ area: string; ms: number }>;
  selfByArea: Array<{ area: string; ms: number }>;
  inclusiveByArea: Array<{ area: string; ms: number }>;
  selfByFunction: Array<{ fn: string; area: string; ms: number }>;
}

/** Which part of the stack a frame belongs to. */
export function areaOf(frame: Runtime.CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return '(gc)';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program: V8/native)';
    if (functionName === '(root)') return '(root)';
    return '(native)';
  }
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) {
    const mod = url.slice(5).split('/');
    return `node:${mod[0] === 'internal' ? (mod[1] ?? 'internal').replace(/\.js$/, '') : mod[0]}`;
  }
  const project = /\/dist\/(server|workflows|scripts|migrations)\/(?:([^/]+)\/)?/.exec(url);
  if (project) return `app:${project[1]}${project[2] && project[1] !== 'workflows' ? `/${project[2]}` : ''}`;
  return url;
}

/** Frames that do work on someone else's behalf: charged to the nearest caller that is a package or the app. */
const isInfrastructure = (area: string) => area.startsWith('node:') || area === '(native)' || area === '(program: V8/native)';

/** The layer of the stack an area belongs to. */
export function layerOf(area: string): string {
  if (['express', 'router', 'body-parser', 'cookie-parser', 'raw-body', 'iconv-lite', 'negotiator', 'accepts', 'type-is', 'content-type', 'finalhandler', 'send', 'on-finished', 'qs', 'mime-types', 'media-typer', 'etag', 'fresh', 'statuses', 'depd', 'debug'].includes(area) || area.startsWith('node:_http') || area === 'node:http')
    return 'HTTP (node:http, express, body parsing)';
  if (['@apollo/server', 'graphql', 'type-graphql', 'class-validator', 'graphql-query-complexity', '@escape.tech/graphql-armor', '@as-integrations/express5', 'graphql-scalars', 'dataloader', 'validator', 'libphonenumber-js'].includes(area) || area.startsWith('@apollo/') || area.startsWith('@graphql-tools/'))
    return 'GraphQL pipeline (Apollo, graphql-js, type-graphql, validation, cost limit)';
  if (area === 'typeorm' || area === 'app' || area === 'reflect-metadata') return 'TypeORM (query building, entity mapping)';
  if (area === 'pg' || area === 'pg-protocol' || area === 'pg-pool' || area === 'pg-types' || area === 'postgres-array' || area === 'pg-connection-string') return 'node-postgres (protocol, row parsing)';
  if (area === 'node:net' || area === 'node:stream_base_commons' || area === 'node:streams') return 'socket I/O';
  if (area === 'xstate' || area === 'app:workflows') return 'XState machines (workflows/)';
  if (area.startsWith('app:server/')) return `app: ${area.slice(4)}`;
  if (area === '(gc)') return 'garbage collection';
  if (area === '(idle)') return '(idle)';
  return `other: ${area}`;
}

export function summariseProfile(profile: Profiler.Profile, top = 20): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalUs = 0;
  for (let i = 0; i < samples.length; i++) {
    const dt = Math.max(0, deltas[i] ?? 0);
    totalUs += dt;
    selfNode.set(samples[i]!, (selfNode.get(samples[i]!) ?? 0) + dt);
  }
  const selfArea = new Map<string, number>();
  const selfFn = new Map<string, { area: string; us: number }>();
  const inclusiveArea = new Map<string, number>();
  const chargedArea = new Map<string, number>();
  const layer = new Map<string, number>();
  for (const [id, us] of selfNode) {
    const node = byId.get(id);
    if (!node) continue;
    const area = areaOf(node.callFrame);
    let charged = area;
    if (isInfrastructure(area)) {
      for (let cur = parentOf.get(id); cur !== undefined; cur = parentOf.get(cur)) {
        const a = areaOf(byId.get(cur)!.callFrame);
        if (!isInfrastructure(a) && a !== '(root)') {
          charged = a;
          break;
        }
      }
    }
    chargedArea.set(charged, (chargedArea.get(charged) ?? 0) + us);
    const l = layerOf(charged);
    layer.set(l, (layer.get(l) ?? 0) + us);
    selfArea.set(area, (selfArea.get(area) ?? 0) + us);
    const file = node.callFrame.url.split('/').slice(-2).join('/');
    const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    const entry = selfFn.get(key) ?? { area, us: 0 };
    entry.us += us;
    selfFn.set(key, entry);
    // Inclusive: every distinct area on the stack of this sample gets its time once.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parentOf.get(cur)) {
      const frame = byId.get(cur);
      if (frame) seen.add(areaOf(frame.callFrame));
    }
    seen.delete('(root)');
    for (const a of seen) inclusiveArea.set(a, (inclusiveArea.get(a) ?? 0) + us);
  }
  const ms = (us: number) => us / 1000;
  const sorted = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([area, us]) => ({ area, ms: ms(us) }));
  return {
    totalMs: ms(totalUs),
    idleMs: ms(selfArea.get('(idle)') ?? 0),
    selfByArea: sorted(selfArea),
    inclusiveByArea: sorted(inclusiveArea),
    chargedByArea: sorted(chargedArea),
    byLayer: sorted(layer),
    selfByFunction: [...selfFn]
      .filter(([, v]) => v.area !== '(idle)')
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([fn, v]) => ({ fn, area: v.area, ms: ms(v.us) })),
  };
}

/**
 * The profile as text, per transition. `measuredCpuMs`, when given, is the CPU the process used over the profiled phase (from the
 * kernel's accounts): a sample counts as busy while the thread is inside a call even when it is off the CPU, so on a loaded machine
 * the samples can exceed it by far, nearly all inside the socket writes (`writev`: the kernel hands the bytes to PostgreSQL's backend,
 * which then takes the core). The shares are of the samples, not of the CPU.
 */
export function formatProfile(s: ProfileSummary, transitions: number, measuredCpuMs?: number): string {
  const busy = s.totalMs - s.idleMs;
  const pct = (v: number) => `${((100 * v) / Math.max(1, busy)).toFixed(1).padStart(5)}%`;
  const perTx = (v: number) => `${((1000 * v) / Math.max(1, transitions)).toFixed(0).padStart(5)} µs/tx`;
  const lines: string[] = [];
  lines.push(`Server CPU profile: ${(s.totalMs / 1000).toFixed(1)} s sampled, busy ${(busy / 1000).toFixed(1)} s (${((100 * busy) / Math.max(1, s.totalMs)).toFixed(0)}% of one core), ${transitions} transitions`);
  if (measuredCpuMs !== undefined) {
    // Only among the hottest functions is `writev` known; named when it is there.
    const writes = s.selfByFunction.find((f) => f.fn.startsWith('writev '))?.ms;
    const offCpu = busy - measuredCpuMs;
    lines.push(
      `  The process's measured CPU over the same phase: ${(measuredCpuMs / 1000).toFixed(1)} s.` +
        (offCpu > 0
          ? ` The ${(offCpu / 1000).toFixed(1)} s more of busy samples are time a call held the thread off the CPU${writes !== undefined ? ` (the socket writes, \`writev\`, ${(writes / 1000).toFixed(1)} s of samples)` : ''}; the shares below are of the samples.`
          : ''),
    );
  }
  lines.push('  By layer (self time; native and Node-internal frames charged to the library that called them):');
  for (const { area, ms } of s.byLayer.filter((a) => a.area !== '(idle)')) lines.push(`    ${area.padEnd(78)} ${pct(ms)}  ${perTx(ms)}`);
  lines.push('  By package, charged the same way:');
  for (const { area, ms } of s.chargedByArea.filter((a) => a.area !== '(idle)')) lines.push(`    ${area.padEnd(34)} ${pct(ms)}  ${perTx(ms)}`);
  lines.push('  Inclusive time by area (area anywhere on the stack):');
  for (const { area, ms } of s.inclusiveByArea.filter((a) => !['(idle)', 'node:process', '(native)'].includes(a.area))) lines.push(`    ${area.padEnd(34)} ${pct(ms)}  ${perTx(ms)}`);
  lines.push('  Self time by area (uncharged):');
  for (const { area, ms } of s.selfByArea.filter((a) => a.area !== '(idle)')) lines.push(`    ${area.padEnd(34)} ${pct(ms)}  ${perTx(ms)}`);
  lines.push('  Hottest functions (self time):');
  for (const { fn, area, ms } of s.selfByFunction) lines.push(`    ${pct(ms)}  ${fn.slice(0, 80).padEnd(80)} [${area}]`);
  return lines.join('\n');
}
