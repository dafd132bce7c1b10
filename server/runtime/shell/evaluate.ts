// The evaluator: walks the parsed script as a generator. Output and sleeps are yielded to the
// caller; redirections, pipelines and $(...) intercept the output of what they wrap.
import { findBuiltin } from './builtins'
import { expandWord, expandWordToString, registerCommandSubstitution } from './expand'
import { parseScript, type TAndOr, type TCommand, type TList, type TPipeline, type TRedirect } from './parse'
import { ExitSignal, LoopSignal, resolvePath, ShellError, type TShellContext, type TShellEffect, type TShellRun } from './shell-context'
import { countStep } from './steps'
import { fail, type TIo } from './text-commands'
import { ShellSyntaxError } from './tokens'

type TTarget = 'stdout' | 'stderr' | 'discard' | { path: string; append: boolean }

/** Runs `run`, sending stdout to the returned text instead of the caller. */
export function* captureOutput(run: TShellRun): Generator<TShellEffect, { status: number; stdout: string }, void> {
  let stdout = ''
  let step = run.next()
  while (!step.done) {
    if (step.value.type === 'output' && step.value.stream === 'stdout') stdout += step.value.text
    else yield step.value
    step = run.next()
  }
  return { status: step.value, stdout }
}

function* withRedirects(redirects: TRedirect[], context: TShellContext, io: TIo, run: (io: TIo) => TShellRun): TShellRun {
  if (redirects.length === 0) return yield* run(io)
  const targets: Record<1 | 2, TTarget> = { 1: 'stdout', 2: 'stderr' }
  let stdin = io.stdin
  for (const redirect of redirects) {
    const target = yield* expandWordToString(redirect.target, context)
    if (redirect.operator === '<') {
      const content = context.files.get(resolvePath(context, target))
      if (content === undefined && target !== '/dev/null') return yield* fail(`sh: can't open '${target}': No such file or directory`)
      stdin = content ?? ''
      continue
    }
    if (redirect.operator === '<&') continue
    if (redirect.fd !== 1 && redirect.fd !== 2) continue
    if (redirect.operator === '>&') {
      if (target === '1' || target === '2') targets[redirect.fd] = targets[Number(target) as 1 | 2]
      continue
    }
    if (target === '/dev/null') targets[redirect.fd] = 'discard'
    else if (target === '/dev/stderr') targets[redirect.fd] = 'stderr'
    else if (target === '/dev/stdout') targets[redirect.fd] = 'stdout'
    else {
      const path = resolvePath(context, target)
      if (redirect.operator === '>' || !context.files.has(path)) context.files.set(path, '')
      targets[redirect.fd] = { path, append: true }
    }
  }
  const inner = run({ stdin })
  let step = inner.next()
  while (!step.done) {
    const effect = step.value
    if (effect.type === 'output') {
      const target = targets[effect.stream === 'stdout' ? 1 : 2]
      if (typeof target === 'object') context.files.set(target.path, (context.files.get(target.path) ?? '') + effect.text)
      else if (target !== 'discard') yield { ...effect, stream: target }
    } else yield effect
    step = inner.next()
  }
  return step.value
}

// A child shell (`sh -c`, `( ... )`): its own variables and directory, the same files and clock.
function childContext(context: TShellContext, { exportedOnly, positional }: { exportedOnly: boolean; positional?: string[] }): TShellContext {
  const variables = new Map([...context.variables].filter(([name]) => !exportedOnly || context.exported.has(name)))
  return { ...context, variables, exported: new Set(context.exported), positional: positional ?? context.positional, interactive: false }
}

function* runSubshell(context: TShellContext, run: () => TShellRun): TShellRun {
  try {
    return yield* run()
  } catch (signal) {
    if (signal instanceof ExitSignal) return signal.code
    throw signal
  }
}

/** `sh -c SCRIPT [NAME ARGS...]`, `sh FILE` and `sh` reading its script from stdin. */
export function* runShellCommand(argv: string[], context: TShellContext, io: TIo): TShellRun {
  const args = argv.slice(1).filter((a) => a !== '-e' && a !== '-x' && a !== '-l')
  if (args[0] === '-c') {
    if (args[1] === undefined) return yield* fail(`sh: -c requires an argument`, 2)
    const child = childContext(context, { exportedOnly: true, positional: args.length > 2 ? args.slice(2) : [argv[0]] })
    return yield* runSubshell(child, () => runScript(args[1], child, io))
  }
  let script = io.stdin
  if (args[0] !== undefined) {
    const content = context.files.get(resolvePath(context, args[0]))
    if (content === undefined) return yield* fail(`${argv[0]}: can't open '${args[0]}': No such file or directory`, 2)
    script = content
  }
  const child = childContext(context, { exportedOnly: true, positional: [args[0] ?? argv[0], ...args.slice(1)] })
  return yield* runSubshell(child, () => runScript(script, child, { stdin: '' }))
}

/** Runs the program named by argv[0] with arguments already expanded. */
export function* runProgram(argv: string[], context: TShellContext, io: TIo): TShellRun {
  yield* countStep(context)
  if (context.shells.includes(argv[0])) return yield* runShellCommand(argv, context, io)
  const builtin = findBuiltin(argv[0])
  if (!builtin) return yield* fail(`sh: ${argv[0]}: not found`, 127)
  try {
    return yield* builtin(argv, context, io)
  } catch (error) {
    if (error instanceof ShellError) return yield* fail(`sh: ${error.message}`, error.status)
    throw error
  }
}

function* runSimple(command: Extract<TCommand, { type: 'simple' }>, context: TShellContext, io: TIo): TShellRun {
  const argv: string[] = []
  try {
    for (const word of command.words) argv.push(...(yield* expandWord(word, context)))
    const values: Array<[string, string]> = []
    for (const { name, value } of command.assignments) values.push([name, yield* expandWordToString(value, context)])
    if (argv.length === 0) {
      for (const [name, value] of values) context.variables.set(name, value)
      yield* countStep(context)
      return yield* withRedirects(command.redirects, context, io, function* () {
        return 0
      })
    }
    // NAME=value before a command sets it for that command only.
    const saved = values.map(([name]) => [name, context.variables.get(name), context.exported.has(name)] as const)
    for (const [name, value] of values) {
      context.variables.set(name, value)
      context.exported.add(name)
    }
    try {
      return yield* withRedirects(command.redirects, context, io, (redirected) => runProgram(argv, context, redirected))
    } finally {
      for (const [name, value, exported] of saved) {
        if (value === undefined) context.variables.delete(name)
        else context.variables.set(name, value)
        if (!exported) context.exported.delete(name)
      }
    }
  } catch (error) {
    if (error instanceof ShellError) return yield* fail(`sh: ${error.message}`, error.status)
    throw error
  }
}

// Runs one pass of a loop body; true when the loop must stop (break).
function* loopBody(body: TList, context: TShellContext, io: TIo): Generator<TShellEffect, boolean, void> {
  try {
    yield* runList(body, context, io)
    return false
  } catch (signal) {
    if (!(signal instanceof LoopSignal)) throw signal
    if (signal.levels > 1) {
      signal.levels--
      // An outer loop handles the rest: `break 2` stops both, `continue 2` continues the outer.
      throw signal
    }
    return signal.kind === 'break'
  }
}

function* runCompound(command: Exclude<TCommand, { type: 'simple' }>, context: TShellContext, io: TIo): TShellRun {
  switch (command.type) {
    case 'if': {
      for (const clause of command.clauses) {
        if ((yield* runList(clause.condition, context, io)) === 0) return yield* runList(clause.body, context, io)
      }
      return command.otherwise ? yield* runList(command.otherwise, context, io) : 0
    }
    case 'for': {
      const items: string[] = []
      if (command.items === null) items.push(...context.positional.slice(1))
      else for (const word of command.items) items.push(...(yield* expandWord(word, context)))
      for (const item of items) {
        yield* countStep(context)
        context.variables.set(command.variable, item)
        if (yield* loopBody(command.body, context, io)) break
      }
      return context.status
    }
    case 'while': {
      for (;;) {
        yield* countStep(context)
        const condition = yield* runList(command.condition, context, io)
        if ((condition === 0) === command.until) break
        if (yield* loopBody(command.body, context, io)) break
      }
      return 0
    }
    case 'group': {
      if (!command.subshell) return yield* runList(command.body, context, io)
      const child = childContext(context, { exportedOnly: false })
      return yield* runSubshell(child, () => runList(command.body, child, io))
    }
  }
}

function* runCommand(command: TCommand, context: TShellContext, io: TIo): TShellRun {
  if (command.type === 'simple') return yield* runSimple(command, context, io)
  return yield* withRedirects(command.redirects, context, io, (redirected) => runCompound(command, context, redirected))
}

function* runPipeline(pipeline: TPipeline, context: TShellContext, io: TIo): TShellRun {
  let stdin = io.stdin
  let status = 0
  for (const [index, command] of pipeline.commands.entries()) {
    if (index === pipeline.commands.length - 1) {
      status = yield* runCommand(command, context, { stdin })
    } else {
      // Each stage finishes before the next starts: simpler than concurrency, and the same
      // output for the filters a container script uses (grep, wc, head, tail).
      const child = childContext(context, { exportedOnly: false })
      const captured = yield* captureOutput(runSubshell(child, () => runCommand(command, child, { stdin })))
      stdin = captured.stdout
    }
  }
  return pipeline.negate ? Number(status === 0) : status
}

function* runAndOr(andOr: TAndOr, context: TShellContext, io: TIo): TShellRun {
  let status = yield* runPipeline(andOr.first, context, io)
  context.status = status
  for (const { operator, pipeline } of andOr.rest) {
    if ((operator === '&&') !== (status === 0)) continue
    status = yield* runPipeline(pipeline, context, io)
    context.status = status
  }
  return status
}

export function* runList(list: TList, context: TShellContext, io: TIo): TShellRun {
  let status = 0
  for (const andOr of list) status = yield* runAndOr(andOr, context, io)
  context.status = status
  return status
}

/** Parses and runs a script; a syntax error prints busybox's message and exits 2. */
export function* runScript(script: string, context: TShellContext, io: TIo = { stdin: '' }): TShellRun {
  let list: TList
  try {
    list = parseScript(script)
  } catch (error) {
    if (error instanceof ShellSyntaxError || error instanceof ShellError) {
      context.status = 2
      return yield* fail(`sh: syntax error: ${error.message}`, 2)
    }
    throw error
  }
  return yield* runList(list, context, io)
}

registerCommandSubstitution(function* (script, context) {
  const child = childContext(context, { exportedOnly: false })
  const { stdout } = yield* captureOutput(runSubshell(child, () => runScript(script, child)))
  context.status = child.status
  return stdout
})
