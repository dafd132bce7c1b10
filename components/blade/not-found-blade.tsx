// What a page shows when the resource does not exist or the caller cannot see it (the two
// are indistinguishable on purpose, so nobody can probe another tenant's names).
import Link from 'next/link'
import { Blade } from './blade'

export function NotFoundBlade({ message }: { message?: string }) {
  return (
    <Blade breadcrumbs={[{ label: 'Home', href: '/' }, { label: 'Resource not found' }]} title="Resource not found">
      <div className="flex max-w-2xl flex-col gap-3 py-6 text-[13px]">
        <p>
          {message ??
            'The resource you are looking for has been deleted, moved, or you do not have access to it in this directory.'}
        </p>
        <p>
          Go to <Link className="link" href="/">Home</Link>, browse{' '}
          <Link className="link" href="/resource-groups">Resource groups</Link> or{' '}
          <Link className="link" href="/container-instances">Container instances</Link>.
        </p>
      </div>
    </Blade>
  )
}
