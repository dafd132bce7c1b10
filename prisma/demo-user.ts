// The demo account `npm start` seeds and prints. Kept apart from seed.ts so the start
// script can print it without loading a database client.
export const DEMO_USER = {
  email: 'demo@cerulean.local',
  // A local demo account on a local stack; set CERULEAN_DEMO_PASSWORD before the first
  // start if the portal is reachable by anyone else.
  password: process.env.CERULEAN_DEMO_PASSWORD || 'cerulean-demo',
  displayName: 'Demo User',
}
