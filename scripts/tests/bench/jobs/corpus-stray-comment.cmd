# A line that is neither a key nor a note.
# memory.max: 16M 24M 32M
# this is not a key
true
