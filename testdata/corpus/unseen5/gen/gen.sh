#!/bin/sh
# Regenerates every document in testdata/corpus/unseen5 and checks the README table.
set -eu
cd "$(dirname "$0")"
export SOURCE_DATE_EPOCH=1764579600 TZ=UTC LC_ALL=C.UTF-8 PYTHONHASHSEED=0
/usr/bin/python3 gen.py
rm -rf __pycache__
/usr/bin/python3 check.py
