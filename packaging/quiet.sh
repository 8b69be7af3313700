#!/bin/sh
# Runs a checker and fails when it exits non-zero OR prints anything: desktop-file-validate and
# groff report warnings and hints on stderr but still exit 0. Used by the packaging tests.
out=$("$@" 2>&1)
status=$?
if [ "$status" -ne 0 ] || [ -n "$out" ]; then
    printf '%s\n' "$out"
    echo "FAILED: $* (exit status $status)"
    exit 1
fi
