// `npm run dev`: the server recompiled on change and restarted (tsc --watch + node --watch),
// and the Vite dev server for the web with hot reload, proxying /graphql to the server.
import { spawn } from 'node:child_process';

const port = process.env.PORT || '4000';
const children = [];
const run = (name, command, args, env = {}) => {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const prefix = (chunk) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout.on('data', (c) => process.stdout.write(prefix(c)));
  child.stderr.on('data', (c) => process.stderr.write(prefix(c)));
  child.on('exit', (code) => code && code !== 0 && console.error(`[${name}] exited with ${code}`));
  children.push(child);
  return child;
};

const tsc = spawn('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
tsc.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  run('tsc', 'npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput']);
  run('server', process.execPath, ['--watch-path=dist/server', '--watch-path=dist/workflows', 'dist/server/main.js'], { PORT: port });
  run('web', 'npx', ['vite', '--config', 'web/vite.config.ts']);
});

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
