#!/bin/sh
# Prisma 7 fetches a native schema engine; offline we use the WebAssembly one instead.
exit 1
