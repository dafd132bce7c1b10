'use client'
import { Button } from '@/components/form/button'
import { MessageBar } from '@/components/message-bar'

// Reached when even the portal's shell cannot load, typically while the database is down or
// restarting: nothing the user did, so the page says so and offers to try again.
export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-3 px-6 py-16">
      <h1 className="text-2xl font-semibold">Cerulean is temporarily unavailable</h1>
      <MessageBar intent="error" title="The portal could not reach its services.">
        This usually passes within seconds, for example while the database restarts.
        {error.digest ? ` Reference: ${error.digest}` : ''}
      </MessageBar>
      <div>
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
      </div>
    </main>
  )
}
