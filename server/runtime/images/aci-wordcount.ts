// mcr.microsoft.com/azuredocs/aci-wordcount: the restart-policy sample. It counts the words of
// Hamlet, prints the most frequent ones as a Python list of tuples and exits 0. Like the real
// image it reads NumWords (how many to print, default 10) and MinLength (shortest word counted).
import type { TContainerContext, TSimulatedImage } from '../simulated-image'
import type { TShellRun } from '../shell/shell-context'

// Word frequencies of the play. The top ten and the five long names are what the sample prints
// with its defaults and with NumWords=5 MinLength=8; the rest are plausible fill-ins so other
// settings print something sensible.
const HAMLET_WORD_COUNTS: Array<[string, number]> = [
  ['the', 990], ['and', 702], ['of', 628], ['to', 610], ['I', 546], ['you', 495], ['a', 453], ['my', 441],
  ['in', 399], ['HAMLET', 386], ['it', 374], ['is', 346], ['not', 306], ['that', 295], ['his', 285], ['this', 282],
  ['your', 241], ['me', 234], ['with', 228], ['be', 217], ['for', 215], ['he', 208], ['but', 202], ['what', 190],
  ['KING', 178], ['HORATIO', 141], ['CLAUDIUS', 120], ['POLONIUS', 113], ['GERTRUDE', 82], ['ROSENCRANTZ', 69],
  ['GUILDENSTERN', 54], ['OPHELIA', 58], ['LAERTES', 62], ['something', 31], ['therefore', 24], ['Denmark', 23],
  ['Wittenberg', 4], ['philosophy', 2], ['Rosencrantz', 17], ['Guildenstern', 16], ['countenance', 7],
]

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10)
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback
}

export function topWords({ numWords, minLength }: { numWords: number; minLength: number }): Array<[string, number]> {
  return HAMLET_WORD_COUNTS.filter(([word]) => word.length >= minLength)
    .sort((a, b) => b[1] - a[1])
    .slice(0, numWords)
}

function outputLines({ environment }: TContainerContext): string[] {
  const words = topWords({ numWords: positiveInteger(environment.NumWords, 10), minLength: positiveInteger(environment.MinLength, 0) })
  return [`[${words.map(([word, count]) => `('${word}', ${count})`).join(', ')}]`]
}

const RUN_MS = 2_000

function* run(context: TContainerContext): TShellRun {
  yield { type: 'sleep', ms: RUN_MS }
  yield { type: 'output', text: outputLines(context).map((line) => `${line}\n`).join(''), stream: 'stdout' }
  return 0
}

// A Python script on Debian: sh and bash exist, the script sits in the working directory.
export const aciWordCount: TSimulatedImage = {
  repository: 'mcr.microsoft.com/azuredocs/aci-wordcount',
  sizeMb: 330,
  run,
  defaultCommands: [['python', 'wordcount.py'], ['python3', 'wordcount.py']],
  shells: ['/bin/sh', 'sh', '/bin/bash', 'bash', '/bin/dash', 'dash'],
  files: () => ({
    '/wordcount.py': 'import os, re, collections\n# Counts the words of Hamlet and prints the most common ones.\n',
    '/hamlet.txt': 'The Tragedy of Hamlet, Prince of Denmark\n',
    '/etc/os-release': 'PRETTY_NAME="Debian GNU/Linux 10 (buster)"\nNAME="Debian GNU/Linux"\nVERSION_ID="10"\nID=debian\n',
  }),
  startupLines: () => [],
  batch: { runMs: RUN_MS, outputLines, exitCode: () => 0 },
}
