# Two sizes only.
# memory.max: 16M 32M
true
