// busybox and alpine: no entrypoint, `sh` as the default command. Without a terminal, sh reads
// an empty stdin and exits 0 at once, which is what a real `docker run busybox` does; a command
// override runs in the simulated shell, so exit codes drive the restart policy for real.
import type { TContainerContext, TSimulatedImage } from '../simulated-image'
import type { TShellRun } from '../shell/shell-context'

function* exitAtOnce(): TShellRun {
  return 0
}

function baseFiles({ hostname = 'localhost' }: TContainerContext): Record<string, string> {
  return {
    '/etc/hostname': `${hostname}\n`,
    '/etc/passwd': 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
    '/etc/group': 'root:x:0:\nnobody:x:65534:\n',
    '/etc/hosts': `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n`,
  }
}

const SHELLS = ['/bin/sh', 'sh', '/bin/ash', 'ash']

export const busybox: TSimulatedImage = {
  repository: 'docker.io/library/busybox',
  sizeMb: 2,
  run: exitAtOnce,
  shells: SHELLS,
  files: baseFiles,
  startupLines: () => [],
  batch: { runMs: 0, outputLines: () => [], exitCode: () => 0 },
}

export const alpine: TSimulatedImage = {
  repository: 'docker.io/library/alpine',
  repositories: ['docker.io/library/alpine', 'mcr.microsoft.com/mirror/docker/library/alpine'],
  sizeMb: 4,
  run: exitAtOnce,
  shells: SHELLS,
  files: (context) => ({
    ...baseFiles(context),
    '/etc/alpine-release': '3.21.0\n',
    '/etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.0\nPRETTY_NAME="Alpine Linux v3.21"\nHOME_URL="https://alpinelinux.org/"\n',
  }),
  startupLines: () => [],
  batch: { runMs: 0, outputLines: () => [], exitCode: () => 0 },
}
