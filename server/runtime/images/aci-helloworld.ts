// mcr.microsoft.com/azuredocs/aci-helloworld: the quickstart's small Node web server. It answers
// "/" with a welcome page, anything else with Express's default 404, and logs every request.
import { htmlResponse, type TSimulatedHttpRequest } from '../http-types'
import type { TSimulatedImage } from '../simulated-image'
import type { TShellRun } from '../shell/shell-context'

export const HELLO_WORLD_TITLE = 'Welcome to Azure Container Instances!'

const PAGE = `<html>
<head>
  <title>${HELLO_WORLD_TITLE}</title>
  <style>
    body { margin: 0; background: #ffffff; }
    h1 { color: darkblue; font-family: arial, sans-serif; font-weight: lighter; }
    .box { display: flex; flex-direction: column; align-items: center; padding-top: 48px; }
  </style>
</head>
<body>
  <div class="box">
    <h1>${HELLO_WORLD_TITLE}</h1>
    <svg width="160" height="160" viewBox="0 0 160 160" role="img" aria-label="Container">
      <rect x="20" y="50" width="120" height="80" rx="6" fill="#0078d4"/>
      <rect x="20" y="30" width="120" height="24" rx="6" fill="#50e6ff"/>
      <g fill="#ffffff" opacity="0.85">
        <rect x="34" y="64" width="14" height="52" rx="2"/>
        <rect x="58" y="64" width="14" height="52" rx="2"/>
        <rect x="82" y="64" width="14" height="52" rx="2"/>
        <rect x="106" y="64" width="14" height="52" rx="2"/>
      </g>
    </svg>
  </div>
</body>
</html>
`

function notFoundPage(method: string, path: string): string {
  const escaped = path.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot ${method} ${escaped}</pre>\n</body>\n</html>\n`
}

function serveHttp(request: TSimulatedHttpRequest) {
  const path = request.url.split('?')[0]
  const isRead = request.method === 'GET' || request.method === 'HEAD'
  if (isRead && (path === '/' || path === '/index.html')) {
    const response = htmlResponse(200, PAGE)
    return request.method === 'HEAD' ? { ...response, body: '' } : response
  }
  return htmlResponse(404, notFoundPage(request.method, path))
}

function* run(): TShellRun {
  yield { type: 'output', text: 'listening on port 80\n', stream: 'stdout' }
  yield { type: 'sleep', ms: Infinity }
  return 0
}

// A Node.js app on Alpine: busybox's sh, the app under /usr/src/app.
export const aciHelloWorld: TSimulatedImage = {
  repository: 'mcr.microsoft.com/azuredocs/aci-helloworld',
  sizeMb: 26,
  run,
  defaultCommands: [['node', '/usr/src/app/index.js'], ['node', 'index.js']],
  shells: ['/bin/sh', 'sh', '/bin/ash', 'ash'],
  files: () => ({
    '/usr/src/app/index.js': "const express = require('express')\nconst app = express()\napp.use(require('morgan')('combined'))\napp.get('/', (req, res) => res.sendFile(__dirname + '/index.html'))\napp.listen(80, () => console.log('listening on port 80'))\n",
    '/usr/src/app/index.html': PAGE,
    '/usr/src/app/package.json': '{\n  "name": "aci-helloworld",\n  "version": "1.0.0",\n  "main": "index.js"\n}\n',
    '/etc/os-release': 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.9.4\nPRETTY_NAME="Alpine Linux v3.9"\n',
  }),
  startupLines: () => ['listening on port 80'],
  serveHttp,
}
