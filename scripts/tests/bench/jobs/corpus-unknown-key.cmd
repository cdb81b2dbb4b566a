# An unknown header key.
# memory.max: 16M 24M 32M
# cgroup: single
true
