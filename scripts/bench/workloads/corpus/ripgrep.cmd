# Code search: ripgrep over a 49 MiB source tree (2356 files), twice with different patterns, in path order (a loop over a tree larger than the cache).
# memory.max: 16M 32M 64M
# needs: rg tar
# setup: tar -xf "$CORPUS_DATA/linux-tree.tar"
# note: --sort path runs ripgrep on one thread, so the file order is the
#   same in every run
rg --sort path -c 'spin_lock|mutex_lock' linux >out/locks.txt; rg --sort path -c 'kmalloc|kzalloc' linux >out/alloc.txt
