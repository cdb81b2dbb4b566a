# memory.max: 16M 24M 32M
true
