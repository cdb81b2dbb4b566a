# Backup: tar | zstd of a 49 MiB source tree to a 13 MiB archive, then a verify pass (zstd -d | tar -d compares the archive with the tree: every file read again).
# memory.max: 16M 32M 64M
# needs: tar zstd
# setup: tar -xf "$CORPUS_DATA/linux-tree.tar"
tar -cf - linux | zstd -1 -T1 -q -o out/linux.tar.zst && zstd -dcq out/linux.tar.zst | tar -df -
