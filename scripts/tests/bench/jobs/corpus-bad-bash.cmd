# A command that is not bash.
# memory.max: 16M 24M 32M
if true; then echo
