// npm start – plain Node with no dependencies, because on a fresh clone node_modules does
// not exist yet: installs dependencies when needed, then hands over to scripts/start-stack.ts.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const startedAt = Date.now()
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const [major] = process.versions.node.split('.').map(Number)
if (major < 20) {
  console.error(`Cerulean needs Node.js 20 or newer; this is ${process.version}.`)
  process.exit(1)
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs
  } catch {
    return 0
  }
}

// npm writes node_modules/.package-lock.json on every install, so it is newer than
// package-lock.json exactly when the installed tree matches the lockfile.
function needsInstall() {
  const installed = mtime(path.join(root, 'node_modules', '.package-lock.json'))
  if (!installed) return true
  return mtime(path.join(root, 'package-lock.json')) > installed || mtime(path.join(root, 'package.json')) > installed
}

if (needsInstall()) {
  console.log('Installing dependencies (npm install)…')
  const result = spawnSync(npm, ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('npm install failed; fix the error above and run npm start again.')
    process.exit(result.status ?? 1)
  }
  // An install that found nothing to change leaves the marker untouched; mark it current.
  const marker = path.join(root, 'node_modules', '.package-lock.json')
  if (fs.existsSync(marker)) fs.utimesSync(marker, new Date(), new Date())
}

const childrenFile = path.join(root, '.data', 'stack-children.json')

// The stack lists its children in childrenFile while they run. When it was killed outright
// (kill -9) the list is still there, and whatever it names is stopped here.
function stopOrphans() {
  let records = []
  try {
    records = JSON.parse(fs.readFileSync(childrenFile, 'utf8'))
  } catch {
    return
  }
  for (const { pid, startTime, target, signal } of records) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      if (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] !== startTime) continue
      process.kill(target === 'group' ? -pid : pid, signal)
      console.error(`Stopped pid ${pid}, left behind by the stack.`)
    } catch {
      // Gone already, or a pid that now belongs to another program.
    }
  }
  fs.rmSync(childrenFile, { force: true })
}

stopOrphans()

const child = spawn(process.execPath, ['--import', 'tsx', path.join('scripts', 'start-stack.ts'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CERULEAN_STARTED_AT: String(startedAt), CERULEAN_CHILDREN_FILE: childrenFile },
})

// The stack decides how to stop; this process only passes the signal on and waits.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal))
}
// `kill <npm pid>` ends npm without passing the signal on; losing the parent means stop too.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) child.kill('SIGTERM')
}, 1_000).unref()
child.on('exit', (code, signal) => {
  stopOrphans()
  process.exit(code ?? (signal === 'SIGINT' ? 130 : 1))
})
