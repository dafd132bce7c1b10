import { describe, expect, it } from 'vitest'
import { drain, sh, testContext } from './shell-test-helpers'
import { runCommandLine, runInteractiveLine } from './run-shell'

describe('the simulated shell: exit codes', () => {
  it('exits with the code of exit N, or of the last command', () => {
    expect(sh('echo hi; exit 3')).toMatchObject({ stdout: 'hi\n', status: 3 })
    expect(sh('true').status).toBe(0)
    expect(sh('false').status).toBe(1)
    expect(sh('false; exit').status).toBe(1)
    expect(sh('exit 256').status).toBe(0)
    expect(sh('exit 300').status).toBe(44)
    expect(sh('exit 1; echo never').stdout).toBe('')
  })

  it('reports unknown commands with 127 and bad syntax with 2', () => {
    expect(sh('nosuchthing')).toMatchObject({ stderr: 'sh: nosuchthing: not found\n', status: 127 })
    expect(sh('if true; then echo x')).toMatchObject({ stderr: 'sh: syntax error: unexpected end of file\n', status: 2 })
  })

  it('chains with ;, && and ||', () => {
    expect(sh('true && echo a || echo b; false && echo c || echo d').stdout).toBe('a\nd\n')
    expect(sh('false; echo $?; true; echo $?').stdout).toBe('1\n0\n')
    expect(sh('! false && echo negated').stdout).toBe('negated\n')
  })
})

describe('the simulated shell: expansion', () => {
  it('expands $VAR and ${VAR} from the container environment', () => {
    expect(sh('echo $GREETING ${GREETING}, $HOSTNAME').stdout).toBe('hello hello, wk-caas-demo\n')
    expect(sh('echo "[$MISSING]" ${MISSING:-fallback} ${EMPTY-set} ${EMPTY:-empty} ${#GREETING}').stdout).toBe('[] fallback empty 5\n')
    expect(sh('echo ${X:=assigned}; echo $X').stdout).toBe('assigned\nassigned\n')
  })

  it('splits unquoted expansions into fields and keeps quoted ones whole', () => {
    const context = testContext({ environment: { WORDS: 'a  b c' } })
    expect(sh('for w in $WORDS; do echo "<$w>"; done', context).stdout).toBe('<a>\n<b>\n<c>\n')
    expect(sh('for w in "$WORDS"; do echo "<$w>"; done', testContext({ environment: { WORDS: 'a  b c' } })).stdout).toBe('<a  b c>\n')
    expect(sh("echo 'single $GREETING' \"double $GREETING\" back\\$slash").stdout).toBe('single $GREETING double hello back$slash\n')
  })

  it('substitutes commands and arithmetic', () => {
    expect(sh('echo $(echo nested $(echo deep)) `echo old`').stdout).toBe('nested deep old\n')
    expect(sh('i=2; echo $((i * (3 + 1))) $(( i > 1 ))').stdout).toBe('8 1\n')
    expect(sh('echo $((1/0)); echo after').stdout).toBe('after\n')
  })

  it('scopes NAME=value to one command and exports it to that command', () => {
    expect(sh('A=1 printenv A; echo "[$A]"').stdout).toBe('1\n[]\n')
    expect(sh('A=1; printenv A || echo unexported; export A; printenv A').stdout).toBe('unexported\n1\n')
  })

  it('passes sh -c arguments as $0, $1 and $@', () => {
    const transcript = drain(runCommandLine(['/bin/sh', '-c', 'echo $0 $1 $# "$@"', 'me', 'x', 'y z'], testContext()))
    expect(transcript.stdout).toBe('me x 2 x y z\n')
  })
})

describe('the simulated shell: control flow', () => {
  it('runs for loops over words and over seq', () => {
    expect(sh('for x in a b c; do echo $x; done').stdout).toBe('a\nb\nc\n')
    expect(sh('for i in $(seq 3); do echo -n $i; done; echo').stdout).toBe('123\n')
    expect(sh('seq 2 2 7; seq 3 -1 1').stdout).toBe('2\n4\n6\n3\n2\n1\n')
  })

  it('runs while and until loops with test and arithmetic', () => {
    expect(sh('i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done').stdout).toBe('0\n1\n2\n')
    expect(sh('n=3; until test $n -eq 0; do echo $n; n=$((n-1)); done').stdout).toBe('3\n2\n1\n')
  })

  it('honours break and continue, including nested levels', () => {
    expect(sh('for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done').stdout).toBe('1\n3\n')
    expect(sh('for a in 1 2; do for b in x y; do echo $a$b; break 2; done; done').stdout).toBe('1x\n')
  })

  it('takes if/elif/else branches on exit status', () => {
    expect(sh('if false; then echo a; elif [ "$GREETING" = hello ]; then echo b; else echo c; fi').stdout).toBe('b\n')
    expect(sh('if [ -z "$EMPTY" ] && [ -n x ]; then echo empty; fi').stdout).toBe('empty\n')
    expect(sh('[ 1 -gt x ]')).toMatchObject({ status: 2 })
  })

  it('runs groups in the shell and subshells apart from it', () => {
    expect(sh('{ A=1; }; echo $A; (B=2; exit 5); echo $? "[$B]"').stdout).toBe('1\n5 []\n')
  })
})

describe('the simulated shell: time', () => {
  it('yields sleeps instead of blocking, and the clock follows them', () => {
    const transcript = sh('date +%T; sleep 2; sleep 0.5 1m; date +%T')
    expect(transcript.sleeps).toEqual([2_000, 60_500])
    expect(transcript.stdout).toBe('15:03:53\n15:04:55\n')
  })

  it('idles forever on sleep infinity, tail -f and a loop that never sleeps', () => {
    expect(sh('echo up; sleep infinity; echo never')).toMatchObject({ stdout: 'up\n', status: 'forever' })
    expect(sh('tail -f /dev/null').status).toBe('forever')
    const busy = sh('while true; do :; done')
    expect(busy.status).toBe('forever')
    expect(busy.sleeps).toEqual([Infinity])
  })

  it('lets a loop with sleeps run as long as it is consumed', () => {
    const run = runCommandLine(['sh', '-c', 'while true; do echo tick; sleep 1; done'], testContext())
    const effects = Array.from({ length: 10 }, () => run.next().value)
    expect(effects.filter((e) => typeof e === 'object' && e.type === 'output')).toHaveLength(5)
    run.return(0)
  })

  it('rejects a bad duration', () => {
    expect(sh('sleep soon')).toMatchObject({ stderr: "sleep: invalid number 'soon'\n", status: 1 })
  })
})

describe('the simulated shell: commands and redirection', () => {
  it('prints the environment with printenv and env', () => {
    const context = testContext({ environment: { ONE: '1' } })
    expect(sh('printenv ONE HOSTNAME', context).stdout).toBe('1\nwk-caas-demo\n')
    expect(sh('env', testContext({ environment: { ONE: '1' } })).stdout).toContain('ONE=1\n')
    expect(sh('printenv NOPE').status).toBe(1)
  })

  it('reads nothing from cat without files, and files that exist', () => {
    expect(sh('cat; echo after')).toMatchObject({ stdout: 'after\n', status: 0 })
    const context = testContext({ files: { '/etc/motd': 'welcome\n' } })
    expect(sh('cat /etc/motd; cd /etc && cat motd && pwd', context).stdout).toBe('welcome\nwelcome\n/etc\n')
    expect(sh('cat /nope')).toMatchObject({ stderr: "cat: can't open '/nope': No such file or directory\n", status: 1 })
  })

  it('redirects to /dev/null, stderr and files', () => {
    expect(sh('echo hidden >/dev/null; echo shown')).toMatchObject({ stdout: 'shown\n' })
    expect(sh('echo oops >&2')).toMatchObject({ stdout: '', stderr: 'oops\n' })
    expect(sh('nosuch 2>/dev/null; echo $?')).toMatchObject({ stdout: '127\n', stderr: '' })
    expect(sh('echo a > /tmp/f; echo b >> /tmp/f; cat < /tmp/f').stdout).toBe('a\nb\n')
  })

  it('pipes output into filters', () => {
    expect(sh('seq 5 | grep -v 3 | tail -n 2').stdout).toBe('4\n5\n')
    expect(sh('printf "%s-%d\\n" a 1 b 2 | wc -l').stdout).toBe('2\n')
    expect(sh('echo abc | grep -c x').stdout).toBe('0\n')
  })

  it('answers hostname, date, uname and echo -e like busybox', () => {
    expect(sh('hostname; date; uname; echo -e "a\\tb"').stdout).toBe('wk-caas-demo\nFri Nov 27 15:03:53 UTC 2026\nLinux\na\tb\n')
  })
})

describe('the simulated shell: exec form and sessions', () => {
  it('runs exec-form commands without a shell', () => {
    expect(drain(runCommandLine(['echo', '$HOME'], testContext())).stdout).toBe('$HOME\n')
    expect(drain(runCommandLine(['/bin/sleep', '5'], testContext())).sleeps).toEqual([5_000])
    expect(drain(runCommandLine(['/usr/bin/python3', 'x.py'], testContext())).status).toBe(127)
  })

  it('exits 0 straight away for sh without a script, as without a tty', () => {
    expect(drain(runCommandLine(['sh'], testContext()))).toMatchObject({ stdout: '', status: 0 })
    expect(drain(runCommandLine(['/bin/sh', '-c'], testContext())).status).toBe(2)
  })

  it('keeps state between interactive lines and ends on exit', () => {
    const context = testContext({ interactive: true })
    expect(drain(runInteractiveLine('cd /tmp; X=1', context) as never).status).toEqual({ exited: false, status: 0 })
    const second = runInteractiveLine('echo $X $PWD; exit 4', context)
    let step = second.next()
    const output: string[] = []
    while (!step.done) {
      if (step.value.type === 'output') output.push(step.value.text)
      step = second.next()
    }
    expect(output.join('')).toBe('1 /tmp\n')
    expect(step.value).toEqual({ exited: true, status: 4 })
  })
})
