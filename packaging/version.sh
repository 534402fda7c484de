#!/bin/sh
# Prints the version in pyproject.toml — the one place the shell steps (.ci/run, build_deb.sh,
# smoke_test.sh) read it from; the PyInstaller spec reads the same line in Python.
sed -n 's/^version *= *"\(.*\)"/\1/p' "$(dirname "$0")/../pyproject.toml" | head -n1
