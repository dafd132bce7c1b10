// nginx (docker.io/library/nginx and Microsoft's mirrors): the entrypoint's start-up notices,
// the stock welcome page at /, nginx's own 404 elsewhere, and one access-log line per request
// in the image's "main" format (combined plus X-Forwarded-For).
import { clfDate } from '../access-log-line'
import type { TSimulatedHttpRequest, TSimulatedHttpResponse } from '../http-types'
import type { TContainerContext, TSimulatedImage } from '../simulated-image'
import type { TShellRun } from '../shell/shell-context'

export const NGINX_VERSION = '1.27.3'

export const NGINX_WELCOME_PAGE = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`

function statusPage(status: number, reason: string): string {
  return `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/${NGINX_VERSION}</center>\r\n</body>\r\n</html>\r\n`
}

function response(status: number, body: string, head: boolean): TSimulatedHttpResponse {
  return {
    status,
    headers: { server: `nginx/${NGINX_VERSION}`, 'content-type': 'text/html', 'content-length': String(Buffer.byteLength(body)) },
    body: head ? '' : body,
  }
}

function serveHttp(request: TSimulatedHttpRequest): TSimulatedHttpResponse {
  const path = request.url.split('?')[0]
  const head = request.method === 'HEAD'
  if (request.method !== 'GET' && !head) return response(405, statusPage(405, 'Not Allowed'), false)
  if (path === '/' || path === '/index.html') return response(200, NGINX_WELCOME_PAGE, head)
  if (path === '/50x.html') return response(200, statusPage(500, 'Internal Server Error'), head)
  return response(404, statusPage(404, 'Not Found'), head)
}

function accessLogLine({ request, response: answer, at }: { request: TSimulatedHttpRequest; response: TSimulatedHttpResponse; at: Date }): string {
  const address = request.remoteAddress.replace(/^::ffff:/, '')
  const bytes = request.method === 'HEAD' ? '0' : (answer.headers['content-length'] ?? '0')
  return `${address} - - [${clfDate(at)}] "${request.method} ${request.url} HTTP/${request.httpVersion}" ${answer.status} ${bytes} "${request.referrer || '-'}" "${request.userAgent || '-'}" "-"`
}

function errorLogDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${at.getUTCFullYear()}/${pad(at.getUTCMonth() + 1)}/${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`
}

export function nginxStartupLines({ startedAt = new Date() }: TContainerContext): string[] {
  const stamp = errorLogDate(startedAt)
  return [
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
    `${stamp} [notice] 1#1: using the "epoll" event method`,
    `${stamp} [notice] 1#1: nginx/${NGINX_VERSION}`,
    `${stamp} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)`,
    `${stamp} [notice] 1#1: OS: Linux 5.15.0-1079-azure`,
    `${stamp} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
    `${stamp} [notice] 1#1: start worker processes`,
    `${stamp} [notice] 1#1: start worker process 29`,
  ]
}

function* run(context: TContainerContext): TShellRun {
  yield { type: 'output', text: nginxStartupLines(context).map((line) => `${line}\n`).join(''), stream: 'stderr' }
  yield { type: 'sleep', ms: Infinity }
  return 0
}

export const nginx: TSimulatedImage = {
  repository: 'docker.io/library/nginx',
  repositories: ['docker.io/library/nginx', 'mcr.microsoft.com/oss/nginx/nginx', 'mcr.microsoft.com/azurelinux/base/nginx', 'mcr.microsoft.com/cbl-mariner/base/nginx'],
  sizeMb: 72,
  run,
  defaultCommands: [['nginx', '-g', 'daemon off;'], ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']],
  shells: ['/bin/sh', 'sh', '/bin/bash', 'bash', '/bin/dash', 'dash'],
  files: () => ({
    '/usr/share/nginx/html/index.html': NGINX_WELCOME_PAGE,
    '/usr/share/nginx/html/50x.html': statusPage(500, 'Internal Server Error'),
    '/etc/nginx/nginx.conf': 'user  nginx;\nworker_processes  auto;\n\nerror_log  /var/log/nginx/error.log notice;\npid        /var/run/nginx.pid;\n\nevents {\n    worker_connections  1024;\n}\n\nhttp {\n    include       /etc/nginx/mime.types;\n    include /etc/nginx/conf.d/*.conf;\n}\n',
    '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    listen  [::]:80;\n    server_name  localhost;\n\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n',
    '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n',
  }),
  startupLines: nginxStartupLines,
  serveHttp,
  accessLogLine,
}
