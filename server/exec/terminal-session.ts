// A terminal on the simulated shell, as a websocket peer sees it: raw keystrokes in, what a tty
// would show out. It echoes and edits the input line (backspace, Ctrl-C, Ctrl-D), runs each
// line through the interpreter and lets sleeps pass in real time (scaled like every other
// simulated delay), so `sleep 2` in an exec session takes two seconds.
import { runInteractiveLine, type TLineOutcome } from '../runtime/shell/run-shell'
import type { TShellContext, TShellEffect } from '../runtime/shell/shell-context'

export type TTerminalSession = {
  // Keystrokes or pasted text from the client.
  input: (data: string) => void
  close: () => void
}

// Output is written with CRLF line ends, as a tty in cooked mode does.
function toTerminal(text: string): string {
  return text.replace(/\r?\n/g, '\r\n')
}

export function startTerminalSession({
  context,
  prompt,
  send,
  end,
  sleepScale,
}: {
  context: TShellContext
  prompt: (context: TShellContext) => string
  send: (text: string) => void
  // The shell exited (exit, Ctrl-D): the connection should close with this status.
  end: (status: number) => void
  sleepScale: number
}): TTerminalSession {
  let line = ''
  let running: Generator<TShellEffect, TLineOutcome, void> | null = null
  let timer: NodeJS.Timeout | undefined
  let closed = false
  const queued: string[] = []

  const showPrompt = () => send(prompt(context))

  const finish = (outcome: TLineOutcome) => {
    running = null
    if (outcome.exited) {
      closed = true
      end(outcome.status)
      return
    }
    showPrompt()
    const next = queued.shift()
    if (next !== undefined) execute(next)
  }

  // Drives the interpreter until it sleeps; a sleep resumes it from a timer.
  const pump = () => {
    timer = undefined
    while (running && !closed) {
      const step = running.next()
      if (step.done) return finish(step.value)
      const effect = step.value
      if (effect.type === 'output') send(toTerminal(effect.text))
      else if (effect.ms === Infinity) return
      else {
        timer = setTimeout(pump, Math.round(effect.ms * sleepScale))
        return
      }
    }
  }

  const execute = (text: string) => {
    if (running) {
      queued.push(text)
      return
    }
    running = runInteractiveLine(text, context)
    pump()
  }

  const interrupt = () => {
    if (timer) clearTimeout(timer)
    timer = undefined
    queued.length = 0
    line = ''
    send('^C\r\n')
    if (running) {
      running.return({ exited: false, status: 130 })
      running = null
      context.status = 130
    }
    showPrompt()
  }

  showPrompt()
  return {
    input(data) {
      for (const char of data) {
        if (closed) return
        if (char === '\x03') interrupt()
        else if (char === '\x04') {
          if (line === '' && !running) {
            send('exit\r\n')
            closed = true
            end(context.status)
          }
        } else if (char === '\r' || char === '\n') {
          send('\r\n')
          const text = line
          line = ''
          execute(text)
        } else if (char === '\x7f' || char === '\b') {
          if (line.length > 0) {
            line = line.slice(0, -1)
            send('\b \b')
          }
        } else if (char >= ' ' || char === '\t') {
          line += char
          send(char)
        }
      }
    },
    close() {
      closed = true
      if (timer) clearTimeout(timer)
      running?.return({ exited: true, status: 0 })
    },
  }
}
