# Needs a program that is not installed.
# memory.max: 16M 24M 32M
# needs: sh no-such-program-4711
sh -c true
