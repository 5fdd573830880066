#!/usr/bin/env python3
"""What fresh memory costs on this machine: python3 Benchmarks/memprobe.py [--pause S] [GiB ...] (default 0.5 6)

Maps each size of anonymous memory in turn, writes one byte to every 4 KiB page and prints
the kernel's (system) time per GiB, then gives the memory back. On an ordinary machine every
size costs about the same per GiB. On a virtual machine whose host backs the guest's memory
only when it is first touched, and takes back what the guest frees (virtio-balloon free page
reporting), memory beyond what was freed a moment ago costs several times more: a build that
needs more memory than that pays more per byte, whatever its own code does. bench.sh prints
this beside its figures. Python 3 standard library only.
"""

import mmap
import resource
import sys
import time

PAGE = 4096


def touch(gib):
    size = int(gib * 2**30) // PAGE * PAGE
    before = resource.getrusage(resource.RUSAGE_SELF).ru_stime
    m = mmap.mmap(-1, size)
    for off in range(0, size, PAGE):
        m[off] = 1
    spent = resource.getrusage(resource.RUSAGE_SELF).ru_stime - before
    m.close()
    return spent


def main():
    args = sys.argv[1:]
    pause = 0.0
    if args[:1] == ["--pause"]:
        if len(args) < 2:
            sys.exit("usage: memprobe.py [--pause SECONDS] [GiB ...]")
        pause, args = float(args[1]), args[2:]
    sizes = [float(a) for a in args] or [0.5, 6.0]
    parts = []
    for i, g in enumerate(sizes):
        # Memory the last size gave back is still backed for a while and cheap to touch again:
        # without a pause each size after the first measures partly warm memory.
        if i and pause:
            time.sleep(pause)
        parts.append(f"{g:g} GiB {touch(g) / g:.2f} s/GiB")
    print("fresh memory, system time to touch: " + ", ".join(parts))


if __name__ == "__main__":
    main()
