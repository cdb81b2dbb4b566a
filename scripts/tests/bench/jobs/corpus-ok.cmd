# A tiny corpus entry for the selftest: writes one file below ./out.
# memory.max: 16M 24M 32M
# needs: sh cat
# setup: echo data >input.txt
# note: used by scripts/bench-selftest only
#   (a continued note)
cat input.txt >out/copy.txt && echo ran
