'use client'
// The Connect pane: choose a start-up command, then a terminal on the container's simulated
// shell over a websocket. The terminal is a <pre> that shows what the shell sends (it echoes
// like a tty) and an input line whose Enter sends the line; Ctrl-C interrupts.
import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/form/button'
import { MessageBar } from '@/components/message-bar'
import { connectToContainerAction } from '../actions'

const OPTIONS = ['/bin/sh', '/bin/bash', 'Custom'] as const
const MAX_OUTPUT_CHARS = 200_000

type Status = 'idle' | 'connecting' | 'connected' | 'closed'

// The shell speaks to a terminal: CRLF line ends and "\b \b" to erase a character.
function applyTerminalText(screen: string, text: string): string {
  let result = screen
  for (const char of text.replace(/\r\n/g, '\n')) {
    if (char === '\b') result = result.slice(0, -1)
    else if (char !== '\r') result += char
  }
  return result.replace(/ \b/g, '').slice(-MAX_OUTPUT_CHARS)
}

export function ConnectPanel({ containerGroupId, containerName, running }: { containerGroupId: string; containerName: string; running: boolean }) {
  const [choice, setChoice] = useState<(typeof OPTIONS)[number]>('/bin/sh')
  const [custom, setCustom] = useState('')
  const [status, setStatus] = useState<Status>('idle')
  const [error, setError] = useState<string | null>(null)
  const [screen, setScreen] = useState('')
  const [line, setLine] = useState('')
  const socketRef = useRef<WebSocket | null>(null)
  const screenRef = useRef<HTMLPreElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)

  useEffect(() => () => socketRef.current?.close(), [])
  useEffect(() => {
    if (screenRef.current) screenRef.current.scrollTop = screenRef.current.scrollHeight
  }, [screen])

  async function connect() {
    setError(null)
    setScreen('')
    setStatus('connecting')
    const command = choice === 'Custom' ? custom : choice
    const result = await connectToContainerAction({ containerGroupId, containerName, command })
    if (!result.ok) {
      setError(result.error.message)
      setStatus('idle')
      return
    }
    const socket = new WebSocket(result.data.webSocketUri)
    socketRef.current = socket
    // ACI's convention: the one-time password is the first message.
    socket.onopen = () => {
      socket.send(result.data.password)
      setStatus('connected')
      inputRef.current?.focus()
    }
    socket.onmessage = (event) => setScreen((current) => applyTerminalText(current, String(event.data)))
    socket.onerror = () => setError('The connection to the container failed.')
    socket.onclose = (event) => {
      setStatus('closed')
      setScreen((current) => applyTerminalText(current, `\n[${event.reason || 'connection closed'}]\n`))
    }
  }

  function send(text: string) {
    if (socketRef.current?.readyState === WebSocket.OPEN) socketRef.current.send(text)
  }

  if (!running) {
    return (
      <MessageBar intent="info" title="The container is not running">
        Start &apos;{containerName}&apos; to open a shell in it.
      </MessageBar>
    )
  }

  return (
    <div className="flex max-w-4xl flex-col gap-3">
      {status === 'idle' || status === 'closed' ? (
        <fieldset className="flex flex-col gap-1.5 text-[13px]">
          <legend className="mb-1 font-semibold">Choose start up command</legend>
          {OPTIONS.map((option) => (
            <label key={option} className="inline-flex items-center gap-2">
              <input type="radio" name="startup-command" value={option} checked={choice === option} onChange={() => setChoice(option)} />
              {option}
            </label>
          ))}
          {choice === 'Custom' ? (
            <input aria-label="Custom command" className="mt-1 w-80 border border-line px-2 py-1 font-mono text-[13px]" value={custom} onChange={(e) => setCustom(e.target.value)} placeholder="e.g. ls" />
          ) : null}
          <div className="mt-2">
            <Button variant="primary" onClick={() => void connect()}>
              Connect
            </Button>
          </div>
        </fieldset>
      ) : null}
      {error ? (
        <MessageBar intent="error" title="Could not connect">
          {error}
        </MessageBar>
      ) : null}
      {status !== 'idle' ? (
        <div className="flex flex-col border border-line bg-[#1e1e1e] font-mono text-xs leading-5 text-[#d4d4d4]">
          <pre ref={screenRef} role="log" aria-label={`Terminal of ${containerName}`} className="h-80 overflow-auto whitespace-pre-wrap break-all p-3">
            {status === 'connecting' ? 'Connecting…' : screen}
          </pre>
          <form
            className="flex border-t border-[#3c3c3c]"
            onSubmit={(event) => {
              event.preventDefault()
              send(`${line}\r`)
              setLine('')
            }}
          >
            <input
              ref={inputRef}
              aria-label="Terminal input"
              className="flex-1 bg-transparent px-3 py-1.5 text-[#d4d4d4] outline-none"
              value={line}
              disabled={status !== 'connected'}
              onChange={(e) => setLine(e.target.value)}
              onKeyDown={(e) => {
                if (e.ctrlKey && (e.key === 'c' || e.key === 'd')) {
                  e.preventDefault()
                  send(e.key === 'c' ? '\x03' : '\x04')
                  setLine('')
                }
              }}
              autoComplete="off"
              spellCheck={false}
            />
          </form>
        </div>
      ) : null}
    </div>
  )
}
