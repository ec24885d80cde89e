#!/bin/sh
# Regenerate examples/NAME.out (expected stdout) for every examples/NAME.go
# by running it with Go 1.19's `go run`. Usage: examples/regen-outputs.sh [GO]
set -eu
cd "$(dirname "$0")"
GO=${1:-${GO:-/usr/lib/go-1.19/bin/go}}
export GO111MODULE=off
export GOCACHE=${GOCACHE:-/tmp/gocache-examples}
export GOPATH=${GOPATH:-/tmp/gopath-examples}
status=0
for f in *.go; do
	name=${f%.go}
	if "$GO" run "$f" >"$name.out.tmp"; then
		mv "$name.out.tmp" "$name.out"
		echo "ok   $f ($(wc -l <"$name.out") lines)"
	else
		rm -f "$name.out.tmp"
		echo "FAIL $f" >&2
		status=1
	fi
done
exit $status
