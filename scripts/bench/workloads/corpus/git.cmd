# Version control: git log -p of mm/ and block/ over a 3-commit history (one 12 MiB pack, read through mmap), then git grep in the work tree (read(2) of 49 MiB) and in HEAD (every blob of the pack).
# memory.max: 16M 32M 64M
# needs: git tar
# setup: tar -xf "$CORPUS_DATA/linux-tree.tar" && tar -xf "$CORPUS_DATA/linux-git.tar"
# note: grep.threads=1 keeps the file order fixed; the pack is read
#   through mmap, which the access trace does not see (page faults do not
#   call folio_mark_accessed), so the trace holds the work-tree reads
#   only; log -p is cut to mm/ and block/ to keep a run short under TCG
cd linux && git log -p --no-renames -- mm block >/dev/null && git -c grep.threads=1 grep -c -e kmalloc >../out/worktree.txt && git -c grep.threads=1 grep -c -e spin_lock HEAD >../out/head.txt
