# A bad size.
# memory.max: 16M lots 32M
true
