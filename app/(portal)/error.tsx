'use client'
import { Blade } from '@/components/blade/blade'
import { Button } from '@/components/form/button'
import { MessageBar } from '@/components/message-bar'

// Unexpected failures only: errors a user can cause are handled where they happen.
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <Blade breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Error' }]} title="Something went wrong">
      <div className="flex max-w-2xl flex-col gap-3">
        <MessageBar intent="error" title="This blade could not be loaded.">
          {error.digest ? `Reference: ${error.digest}` : 'Try again in a moment.'}
        </MessageBar>
        <div>
          <Button variant="primary" onClick={reset}>
            Try again
          </Button>
        </div>
      </div>
    </Blade>
  )
}
