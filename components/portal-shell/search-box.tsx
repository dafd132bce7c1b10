'use client'
// "Search resources, services, and docs (G+/)": a plain GET form to /search?q=, so it also
// works before the page hydrates. G then / focuses it, as in the portal.
import { useSearchParams } from 'next/navigation'
import { useEffect, useRef } from 'react'
import { CommandIcons } from '../icons/command-icons'

export function SearchBox() {
  const inputRef = useRef<HTMLInputElement>(null)
  const query = useSearchParams().get('q') ?? ''

  useEffect(() => {
    let lastKey = ''
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (target.closest('input, textarea, select, [contenteditable]')) return
      if (lastKey.toLowerCase() === 'g' && event.key === '/') {
        event.preventDefault()
        inputRef.current?.focus()
      }
      lastKey = event.key
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <form role="search" action="/search" method="get" className="relative w-full max-w-xl">
      <label htmlFor="global-search" className="sr-only">
        Search resources
      </label>
      <span className="pointer-events-none absolute top-2 left-2.5 text-white/80">{CommandIcons.search}</span>
      <input
        ref={inputRef}
        id="global-search"
        name="q"
        type="search"
        defaultValue={query}
        key={query}
        placeholder="Search resources, services, and docs (G+/)"
        className="h-8 w-full rounded-sm border border-transparent bg-topbar-search pr-2 pl-8 text-[13px] text-white placeholder:text-white/70 focus:border-white focus:outline-none"
      />
    </form>
  )
}
