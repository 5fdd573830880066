#!/usr/bin/env python3
"""What fresh memory costs on this machine: python3 Benchmarks/memprobe.py [GiB ...] (default 0.5 6)

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
    sizes = [float(a) for a in sys.argv[1:]] or [0.5, 6.0]
    parts = [f"{g:g} GiB {touch(g) / g:.2f} s/GiB" for g in sizes]
    print("fresh memory, system time to touch: " + ", ".join(parts))


if __name__ == "__main__":
    main()
